import type { Phone, Word } from "./types";

// One stretch of text spoken by an engine, at the engine's own sample rate; times in seconds from its start.
export type EngineSpeech = { pcm: Int16Array; sampleRate: number; words: Word[]; phones: Phone[] };

// Consecutive silences become one; zero-length phones are dropped.
export function tidyPhones(phones: Phone[]): Phone[] {
  const out: Phone[] = [];
  for (const p of phones) {
    if (p.end <= p.start) continue;
    const last = out.at(-1);
    if (last && last.phone === "sil" && p.phone === "sil") last.end = p.end;
    else out.push({ ...p });
  }
  return out;
}

const MARGIN = 0.05;

// The engine's own leading and trailing pauses cut off (keeping 50 ms), for speech next to a
// `<break>`: the break's length is then the silence the listener hears.
export function trimSilence(speech: EngineSpeech, { lead, tail }: { lead: boolean; tail: boolean }): EngineSpeech {
  const said = speech.phones.filter((p) => p.phone !== "sil");
  if (said.length === 0) return speech;
  const duration = speech.pcm.length / speech.sampleRate;
  const from = lead ? Math.max(0, said[0]!.start - MARGIN) : 0;
  const to = tail ? Math.min(duration, said.at(-1)!.end + MARGIN) : duration;
  const shift = (t: number) => Math.min(to - from, Math.max(0, t - from));
  const keep = <T extends { start: number; end: number }>(items: T[]) =>
    items.filter((i) => i.end > from && i.start < to).map((i) => ({ ...i, start: shift(i.start), end: shift(i.end) }));
  return {
    pcm: speech.pcm.subarray(Math.round(from * speech.sampleRate), Math.round(to * speech.sampleRate)),
    sampleRate: speech.sampleRate,
    words: keep(speech.words),
    phones: tidyPhones(keep(speech.phones)),
  };
}
