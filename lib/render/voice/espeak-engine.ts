import "server-only";
import { RenderFailure } from "@/lib/render/failure";
import { ipaToArpabet } from "./ipa-to-arpabet";
import { tidyPhones, type EngineSpeech } from "./engine-speech";
import type { Prosody } from "./prosody";
import { escapeSsml } from "./escape-ssml";
import { espeakWords, type EspeakWordEvent } from "./espeak-words";
import type { Phone } from "./types";

type EspeakEvent = { type: string; audio_position: number; text_position: number; word_length: number; id?: string | number };
type EspeakInstance = {
  set_voice(name: string): number;
  set_rate(wpm: number): void;
  set_pitch(pitch: number): void;
  set_range(range: number): void;
  set_volume(volume: number): void;
  synthesize(text: string, callback: (samples: Int16Array | null, events: EspeakEvent[]) => void): void;
};

const SAMPLE_RATE = 22_050;
const DEFAULT_WPM = 175;

let instance: Promise<EspeakInstance> | undefined;

// One engine per process: loading the 24 MB data file takes ~0.3 s. Calls are synchronous inside the
// WASM module, so two renders never interleave on it.
function espeak(): Promise<EspeakInstance> {
  instance ??= import("@echogarden/espeak-ng-emscripten").then(async ({ default: init }) => {
    const m = (await init()) as { eSpeakNGWorker: new () => EspeakInstance };
    return new m.eSpeakNGWorker();
  });
  return instance;
}

const clamp = (n: number, min: number, max: number) => Math.round(Math.min(max, Math.max(min, n)));

// Speaks plain text (escaped: the text is the client's, never SSML) with a voice like "en-us+f3".
export async function espeakSpeak(text: string, voice: string, p: Prosody): Promise<EngineSpeech> {
  const engine = await espeak();
  // 0 is success; an unknown language id answers non-zero (an unknown variant is silently ignored).
  if (engine.set_voice(voice) !== 0) throw new RenderFailure("voice_unavailable", `espeak-ng has no voice ${voice}.`, true);
  engine.set_rate(clamp(DEFAULT_WPM * p.rate, 80, 450));
  engine.set_pitch(clamp(50 + p.pitch, 0, 99));
  engine.set_range(clamp(p.range, 0, 99));
  engine.set_volume(clamp(100 * p.volume, 0, 200));
  const chunks: Int16Array[] = [];
  const events: EspeakEvent[] = [];
  const { escaped, origin } = escapeSsml(text);
  engine.synthesize(escaped, (samples, chunkEvents) => {
    if (samples && samples.length > 0) chunks.push(samples.slice());
    for (const e of chunkEvents)
      events.push({ type: e.type, audio_position: e.audio_position, text_position: e.text_position, word_length: e.word_length, id: e.id });
  });
  const pcm = new Int16Array(chunks.reduce((n, c) => n + c.length, 0));
  let offset = 0;
  for (const c of chunks) {
    pcm.set(c, offset);
    offset += c.length;
  }
  const duration = pcm.length / SAMPLE_RATE;

  const spoken: EspeakWordEvent[] = [];
  const phones: Phone[] = [];
  // The phone whose end is the next event's position, and the word event it belongs to.
  let open: { phone: Phone; word: EspeakWordEvent | undefined } | null = null;
  const close = (at: number) => {
    if (!open) return;
    open.phone.end = at;
    // A word ends where its last spoken phone ends (espeak's clause pause is not part of it).
    if (open.word && open.phone.phone !== "sil") open.word.end = at;
    open = null;
  };
  for (const e of events) {
    const at = Math.min(duration, e.audio_position / 1000);
    if (e.type === "phoneme" || e.type === "end" || e.type === "word") close(at);
    if (e.type === "word")
      spoken.push({ position: (origin[e.text_position - 1] ?? origin.length) + 1, length: e.word_length, start: at, end: at });
    else if (e.type === "phoneme") {
      const phone = { phone: typeof e.id === "string" && e.id ? ipaToArpabet(e.id) : "sil", start: at, end: at };
      phones.push(phone);
      open = { phone, word: spoken.at(-1) };
    }
  }
  close(duration);
  return { pcm, sampleRate: SAMPLE_RATE, words: espeakWords(text, spoken), phones: tidyPhones(phones) };
}
