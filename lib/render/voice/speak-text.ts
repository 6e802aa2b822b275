import "server-only";
import { parseBreaks } from "@/lib/contract/breaks";
import type { BuiltinVoice } from "@/lib/catalog";
import { RenderFailure } from "@/lib/render/failure";
import { tidyPhones, trimSilence, type EngineSpeech } from "./engine-speech";
import { espeakSpeak } from "./espeak-engine";
import { fliteSpeak } from "./flite-engine";
import { prosody, type Emotion } from "./prosody";
import type { Phone, Word } from "./types";

export type SpeakRequest = { text: string; speed: number; pitch: number; emotion?: Emotion; locale?: string };

// The engine's PCM for the whole text, pauses included, plus the pitch factor still to apply (flite only).
export type SpokenText = EngineSpeech & { pitchFactor: number };

// The espeak-ng language id for a locale (the voice's default when the locale is not one it lists) plus
// the variant: "en-gb-x-rp+f2".
function espeakVoiceName(voice: Extract<BuiltinVoice, { engine: "espeak-ng" }>, locale: string | undefined): string {
  const language = (locale && voice.locale_voices[locale]) || voice.engine_voice;
  return voice.engine_variant ? `${language}+${voice.engine_variant}` : language;
}

// Speaks each stretch of text between `<break time=".."/>` tags and puts that much silence between them;
// the tags are never spoken and never become words.
export async function speakText(voice: BuiltinVoice, req: SpeakRequest, signal?: AbortSignal): Promise<SpokenText> {
  // flite voices have no emotion presets (emotion_support: false), so only speed and pitch apply.
  const p = prosody(req.speed, req.pitch, voice.engine === "espeak-ng" ? req.emotion : undefined);
  const speak = (text: string): Promise<EngineSpeech> =>
    voice.engine === "espeak-ng" ? espeakSpeak(text, espeakVoiceName(voice, req.locale), p) : fliteSpeak(text, voice.engine_voice, p.rate);
  const parts: Int16Array[] = [];
  const words: Word[] = [];
  const phones: Phone[] = [];
  let sampleRate = 0;
  let samples = 0;
  const pending: number[] = []; // pauses before the first text, when the rate is not known yet
  const pause = (seconds: number) => {
    const n = Math.round(seconds * sampleRate);
    if (n <= 0) return;
    const start = samples / sampleRate;
    parts.push(new Int16Array(n));
    samples += n;
    phones.push({ phone: "sil", start, end: samples / sampleRate });
  };
  const segments = parseBreaks(req.text);
  for (const [i, segment] of segments.entries()) {
    if (signal?.aborted) throw new RenderFailure("cancelled", "The render was cancelled.", true);
    if (segment.type === "pause") {
      if (sampleRate) pause(segment.seconds);
      else pending.push(segment.seconds);
      continue;
    }
    const around = { lead: segments[i - 1]?.type === "pause", tail: segments[i + 1]?.type === "pause" };
    // Other markup (<prosody>, <emphasis>, …) is not read out and not obeyed: its text is spoken plainly.
    const plain = segment.text.replace(/<\/?[A-Za-z][^<>]*>/g, " ");
    if (!plain.trim()) continue;
    const speech = trimSilence(await speak(plain), around);
    if (!sampleRate) {
      sampleRate = speech.sampleRate;
      pending.forEach(pause);
    }
    const offset = samples / sampleRate;
    parts.push(speech.pcm);
    samples += speech.pcm.length;
    for (const w of speech.words) words.push({ text: w.text, start: w.start + offset, end: w.end + offset });
    for (const ph of speech.phones) phones.push({ phone: ph.phone, start: ph.start + offset, end: ph.end + offset });
  }
  const pcm = new Int16Array(samples);
  let at = 0;
  for (const part of parts) {
    pcm.set(part, at);
    at += part.length;
  }
  // flite pitch: -50..50 is half an octave down..up; espeak moved its own pitch already.
  const pitchFactor = voice.engine === "flite" ? 2 ** (req.pitch / 100) : 1;
  return { pcm, sampleRate: sampleRate || 22_050, words, phones: tidyPhones(phones), pitchFactor };
}
