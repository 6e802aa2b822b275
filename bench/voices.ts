// node --conditions=react-server --import tsx bench/voices.ts: every built-in voice in every locale it
// lists, with synthesis speed (seconds of speech per second of work) per engine. Printed, not asserted.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { listVoices, type BuiltinVoice } from "@/lib/catalog";
import { renderVoice } from "@/lib/render/voice/render-voice";
import { espeakSpeak } from "@/lib/render/voice/espeak-engine";
import { fliteSpeak } from "@/lib/render/voice/flite-engine";
import { prosody } from "@/lib/render/voice/prosody";
import { PHRASES } from "../tests/support/phrases";

const LONG =
  "Welcome to Avatar Studio. This paragraph is long enough to measure how fast each engine speaks, with commas, full stops, and numbers like 42.";

async function main(): Promise<void> {
  const dir = mkdtempSync(path.join(tmpdir(), "bench-voices-"));
  const totals = new Map<string, { audio: number; work: number }>();
  try {
    const builtins = listVoices().filter((v): v is BuiltinVoice => v.provider === "builtin");
    // Engines load once per process; that cost is not speech.
    for (const id of ["avs_voice_en_clara", "avs_voice_en_us_kal"]) {
      await renderVoice({ type: "text", voice_id: id, input_text: "Warm up.", speed: 1, pitch: 0 }, { workDir: dir, fps: 25 });
    }
    for (const voice of builtins) {
      for (const locale of voice.locales) {
        const text = voice.language === "English" ? LONG : PHRASES[voice.language]!;
        const started = performance.now();
        const track = await renderVoice(
          { type: "text", voice_id: voice.voice_id, input_text: text, speed: 1, pitch: 0, locale },
          { workDir: dir, fps: 25 },
        );
        const work = (performance.now() - started) / 1000;
        const sum = totals.get(voice.engine) ?? { audio: 0, work: 0 };
        totals.set(voice.engine, { audio: sum.audio + track.duration, work: sum.work + work });
        const ok = track.words.length > 0 && Math.max(...track.envelope) > 0.02 ? "ok  " : "FAIL";
        console.log(
          `${ok} ${voice.voice_id.padEnd(32)} ${locale.padEnd(15)} ${track.duration.toFixed(2).padStart(6)} s  ${(track.duration / work).toFixed(1).padStart(5)}x  ${track.words.length} words`,
        );
      }
    }
    // The engines alone (no resampling, no files): seconds of speech per second of work.
    const engines: [string, () => Promise<{ pcm: Int16Array; sampleRate: number }>][] = [
      ["espeak-ng alone", () => espeakSpeak(LONG, "en-us+f3", prosody(1, 0, undefined))],
      ["flite alone (kal)", () => fliteSpeak(LONG, "kal", 1)],
      ["flite alone (slt)", () => fliteSpeak(LONG, "slt", 1)],
    ];
    for (const [name, speak] of engines) {
      let audio = 0;
      const started = performance.now();
      for (let i = 0; i < 5; i++) {
        const { pcm, sampleRate } = await speak();
        audio += pcm.length / sampleRate;
      }
      console.log(`${name.padEnd(18)} ${(audio / ((performance.now() - started) / 1000)).toFixed(1)}x realtime`);
    }
    for (const [engine, t] of totals)
      console.log(
        `${engine.padEnd(10)} ${t.audio.toFixed(1)} s of speech in ${t.work.toFixed(1)} s: ${(t.audio / t.work).toFixed(1)}x realtime (incl. ffmpeg resampling)`,
      );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
