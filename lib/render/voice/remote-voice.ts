import "server-only";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { MAX_VOICE_SECONDS } from "@/lib/contract/estimate";
import { RenderFailure } from "@/lib/render/failure";
import { wordClock } from "./alignment-words";
import { audioFailure } from "./audio-failure";
import { decodeToWav } from "./decode-to-wav";
import { dtwWarp, warpTime } from "./dtw-align";
import { tidyPhones } from "./engine-speech";
import { espeakSpeak } from "./espeak-engine";
import { MFCC_RATE, mfccFrames, resample } from "./mfcc";
import { prosody } from "./prosody";
import { readWav } from "./read-wav";
import { trackPath } from "./track-path";
import { SAMPLE_RATE, type Phone, type RemoteSpeech, type VoiceOptions, type VoiceTrack, type Word } from "./types";

// Frames of 10 ms, fewer for long stretches so the warp grid stays small.
const hopFor = (seconds: number) => Math.max(0.01, seconds / 4000);

type Timed = { words: Word[]; phones: Phone[] };

// Our own espeak-ng rendering of the text, whose words and phones are known, mapped onto the provider's audio:
// through the provider's word times when it gave them (and they are the same words), else by warping MFCCs.
async function timeSpeech(text: string, pcm: Int16Array, given: Word[] | undefined, referenceVoice: string): Promise<Timed> {
  const duration = pcm.length / SAMPLE_RATE;
  const ref = await espeakSpeak(text, referenceVoice, prosody(1, 0, undefined));
  const refDuration = ref.pcm.length / ref.sampleRate;
  let clock: (t: number) => number;
  if (given && given.length === ref.words.length && given.length > 0) {
    clock = wordClock(ref.words, given, refDuration, duration);
  } else {
    const hop = hopFor(Math.max(duration, refDuration));
    const warp = dtwWarp(
      mfccFrames(resample(ref.pcm, ref.sampleRate, MFCC_RATE), hop),
      mfccFrames(resample(pcm, SAMPLE_RATE, MFCC_RATE), hop),
    );
    clock = (t) => warpTime(warp, hop, t, duration);
  }
  const map = <T extends { start: number; end: number }>(items: T[]) =>
    items.map((i) => ({ ...i, start: clock(i.start), end: clock(i.end) }));
  return { words: given?.length ? given : map(ref.words), phones: tidyPhones(map(ref.phones)) };
}

/**
 * A remote voice's track: each part decoded with its sniffed demuxer, the pauses put between them, the speed
 * (atempo, when the provider had none) and pitch applied by ffmpeg, words and phones timed on the result.
 */
export async function remoteVoice(speech: RemoteSpeech, opts: VoiceOptions): Promise<VoiceTrack> {
  const pieces: Int16Array[] = [];
  const words: Word[] = [];
  const phones: Phone[] = [];
  let samples = 0;
  for (const [i, part] of speech.parts.entries()) {
    if (opts.signal?.aborted) throw new RenderFailure("cancelled", "The render was cancelled.", true);
    if (part.type === "pause") {
      const n = Math.round(part.seconds * SAMPLE_RATE);
      const start = samples / SAMPLE_RATE;
      pieces.push(new Int16Array(n));
      samples += n;
      phones.push({ phone: "sil", start, end: samples / SAMPLE_RATE });
      continue;
    }
    const wavPath = path.join(opts.workDir, `remote-part-${i}.wav`);
    let decodedSamples: number;
    try {
      ({ samples: decodedSamples } = await decodeToWav(part.file, {
        wavPath,
        fps: opts.fps,
        maxSeconds: MAX_VOICE_SECONDS,
        signal: opts.signal,
      }));
    } catch (error) {
      throw audioFailure(error, opts.signal);
    }
    // The frame padding decodeToWav adds is cut off: parts join without gaps of their own.
    const pcm = readWav(await readFile(wavPath)).pcm.subarray(0, decodedSamples);
    if (pcm.length === 0)
      throw new RenderFailure("voice_unavailable", "The speech provider answered with audio that has no sound in it.", true);
    const offset = samples / SAMPLE_RATE;
    const timed = await timeSpeech(part.text, pcm, part.words, speech.referenceVoice);
    for (const w of timed.words) words.push({ ...w, start: w.start + offset, end: w.end + offset });
    for (const p of timed.phones) phones.push({ ...p, start: p.start + offset, end: p.end + offset });
    pieces.push(pcm);
    samples += pcm.length;
  }
  const pcm = new Int16Array(samples);
  let at = 0;
  for (const piece of pieces) {
    pcm.set(piece, at);
    at += piece.length;
  }
  // Pitch: resampled up or down, then stretched back to its length; speed: atempo (0.5..2 per filter).
  const factor = 2 ** (speech.pitch / 100);
  const filters = [
    ...(factor !== 1
      ? [`asetrate=${Math.round(SAMPLE_RATE * factor)}`, `aresample=${SAMPLE_RATE}`, `atempo=${(1 / factor).toFixed(5)}`]
      : []),
    ...(speech.tempo !== 1 ? [`atempo=${speech.tempo.toFixed(5)}`] : []),
  ];
  const wavPath = trackPath(opts.workDir);
  const { duration, envelope } = await decodeToWav(
    { pcm, sampleRate: SAMPLE_RATE },
    { wavPath, fps: opts.fps, maxSeconds: MAX_VOICE_SECONDS, filters: filters.join(",") || undefined, signal: opts.signal },
  );
  const within = (t: number) => Math.min(duration, Math.max(0, t / speech.tempo));
  return {
    kind: "text",
    wavPath,
    duration,
    words: words.map((w) => ({ ...w, start: within(w.start), end: within(w.end) })),
    phones: tidyPhones(phones.map((p) => ({ ...p, start: within(p.start), end: within(p.end) }))),
    envelope,
  };
}
