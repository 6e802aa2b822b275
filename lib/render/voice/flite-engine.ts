import "server-only";
import { tidyPhones, type EngineSpeech } from "./engine-speech";
import { fliteRun } from "./flite-run";
import { readWav } from "./read-wav";
import type { Phone, Word } from "./types";

// `-psdur` prints "phone:end" pairs; each phrase (a line starting "\npau") restarts its clock.
function parseTrace(trace: string): Phone[] {
  const phones: Phone[] = [];
  let phraseStart = 0;
  for (const item of trace.trim().split(/ +/)) {
    const split = item.lastIndexOf(":");
    if (split < 0) continue;
    const id = item.slice(0, split);
    const start = phones.at(-1)?.end ?? 0;
    if (id.startsWith("\n")) phraseStart = start;
    const end = phraseStart + Number(item.slice(split + 1));
    const name = id.trim();
    if (Number.isFinite(end)) phones.push({ phone: name === "pau" ? "sil" : name, start, end: Math.max(start, end) });
  }
  return phones;
}

// The words as the client wrote them: whitespace-separated, edge punctuation removed, with something to say.
const splitWords = (text: string) =>
  text
    .split(/\s+/)
    .map((w) => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ""))
    .filter(Boolean);

// Phones per word, from a second pass that exclaims each word on its own ("Dr! Smith!"; a "." could be read
// as an abbreviation) so a pause follows each, and writes no audio. Flite's lexicon gives a word the same
// phones in both passes, give or take a reduced vowel.
async function phonesPerWord(words: string[], voice: string): Promise<number[] | null> {
  const { stdout } = await fliteRun(["-psdur", "-voice", voice, "-t", words.join("! ") + "!", "-o", "none"]);
  const counts: number[] = [];
  let current = 0;
  for (const p of parseTrace(stdout)) {
    if (p.phone !== "sil") current++;
    else if (current > 0) {
      counts.push(current);
      current = 0;
    }
  }
  if (current > 0) counts.push(current);
  return counts.length === words.length ? counts : null;
}

// Words laid over the spoken phones: in proportion to the per-word phone counts when the second pass
// found every word, otherwise to each word's length.
function placeWords(words: string[], phones: Phone[], counts: number[] | null): Word[] {
  const spoken = phones.filter((p) => p.phone !== "sil");
  const sizes = counts ?? words.map((w) => w.length);
  const sum = sizes.reduce((a, b) => a + b, 0);
  const out: Word[] = [];
  let acc = 0;
  sizes.forEach((size, i) => {
    const first = Math.min(spoken.length - 1, Math.round((acc / sum) * spoken.length));
    acc += size;
    const last = Math.max(first, Math.min(spoken.length - 1, Math.round((acc / sum) * spoken.length) - 1));
    if (spoken.length > 0) out.push({ text: words[i]!, start: spoken[first]!.start, end: spoken[last]!.end });
  });
  return out;
}

// Speaks text with one of flite's compiled-in voices; `rate` > 1 is faster. Pitch is shifted later (the
// clustergen voices ignore flite's f0 settings).
export async function fliteSpeak(text: string, voice: string, rate: number): Promise<EngineSpeech> {
  const clean = text.replace(/\s+/g, " ").trim();
  const run = await fliteRun(
    ["-psdur", "-voice", voice, "--setf", `duration_stretch=${(1 / rate).toFixed(4)}`, "-t", clean, "-o", "out.wav"],
    "out.wav",
  );
  const { pcm, sampleRate } = readWav(run.wav!);
  const duration = pcm.length / sampleRate;
  const phones = parseTrace(run.stdout).map((p) => ({ ...p, start: Math.min(p.start, duration), end: Math.min(p.end, duration) }));
  const words = splitWords(clean);
  const counts = words.length > 0 ? await phonesPerWord(words, voice) : null;
  return { pcm, sampleRate, words: placeWords(words, phones, counts), phones: tidyPhones(phones) };
}
