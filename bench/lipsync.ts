// npm run bench:lipsync: how well the mouth follows speech when only the audio is known (uploaded
// recordings, remote voices). Held-out built-in speech (voices and sentences the classifier never trained
// on, scripts/lipsync/corpus.ts HELD_OUT) is rendered to the 48 kHz track an audio voice has, its mouth
// classified from the audio alone (visemesFromAudio), and compared per centisecond with the mouth its
// phones give (visemeTimeline). Printed, not asserted; the loudness-only mouth is printed beside it.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { visemesFromAudio } from "@/lib/render/character/visemes-from-audio";
import { visemesFromEnvelope } from "@/lib/render/character/visemes-from-envelope";
import { HELD_OUT } from "../scripts/lipsync/corpus";
import { agreement, shapesOf, speak } from "../scripts/lipsync/speech";

type Sum = { exact: number; coarse: number; frames: number };
const add = (a: Sum, b: Sum) => ({ exact: a.exact + b.exact, coarse: a.coarse + b.coarse, frames: a.frames + b.frames });
const pct = (n: number, d: number) => `${((100 * n) / Math.max(1, d)).toFixed(1).padStart(5)}%`;

async function main(): Promise<void> {
  const dir = mkdtempSync(path.join(tmpdir(), "bench-lipsync-"));
  const zero: Sum = { exact: 0, coarse: 0, frames: 0 };
  const perVoice = new Map<string, { audio: Sum; loudness: Sum }>();
  let seconds = 0;
  let work = 0;
  try {
    for (const u of HELD_OUT) {
      const s = await speak(u, dir);
      const started = performance.now();
      const fromAudio = shapesOf(await visemesFromAudio(s.track.wavPath, s.track.duration), s.reference.length);
      work += performance.now() - started;
      seconds += s.track.duration;
      const fromLoudness = shapesOf(visemesFromEnvelope(s.track.envelope, s.track.duration), s.reference.length);
      const sums = perVoice.get(u.voiceId) ?? { audio: zero, loudness: zero };
      perVoice.set(u.voiceId, {
        audio: add(sums.audio, agreement(fromAudio, s.reference)),
        loudness: add(sums.loudness, agreement(fromLoudness, s.reference)),
      });
    }
    console.log(`held-out: ${HELD_OUT.length} utterances, ${seconds.toFixed(1)} s of speech, ${perVoice.size} voices not in training`);
    console.log(
      `${"voice".padEnd(32)} ${"from audio: 9 shapes".padStart(20)} ${"closed/half/open".padStart(17)}   loudness only: 9 shapes, closed/half/open`,
    );
    let audio = zero;
    let loudness = zero;
    for (const [voice, s] of perVoice) {
      audio = add(audio, s.audio);
      loudness = add(loudness, s.loudness);
      console.log(
        `${voice.padEnd(32)} ${pct(s.audio.exact, s.audio.frames).padStart(20)} ${pct(s.audio.coarse, s.audio.frames).padStart(17)}   ${pct(s.loudness.exact, s.loudness.frames)} ${pct(s.loudness.coarse, s.loudness.frames)}`,
      );
    }
    console.log(
      `${"all held-out frames".padEnd(32)} ${pct(audio.exact, audio.frames).padStart(20)} ${pct(audio.coarse, audio.frames).padStart(17)}   ${pct(loudness.exact, loudness.frames)} ${pct(loudness.coarse, loudness.frames)}`,
    );
    console.log(`visemesFromAudio: ${(seconds / (work / 1000)).toFixed(0)}x realtime (reading the 48 kHz WAV included)`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
