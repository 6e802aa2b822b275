import type { Word } from "./types";

// A provider's character alignment (ElevenLabs: one start and end time per character of the text it spoke)
// as caption words: the text's own whitespace-separated tokens, punctuation around them dropped as in
// espeakWords, each from its first character's start to its last character's end.

export type CharacterTimes = { characters: string[]; starts: number[]; ends: number[] };

const clean = (token: string) => token.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}\p{M}]+$/gu, "");

export function alignmentWords({ characters, starts, ends }: CharacterTimes): Word[] {
  const words: Word[] = [];
  let text = "";
  let start = 0;
  let end = 0;
  const flush = () => {
    const word = clean(text);
    if (word) words.push({ text: word, start, end: Math.max(start, end) });
    text = "";
  };
  characters.forEach((c, i) => {
    if (/^\s*$/u.test(c)) return flush();
    const s = starts[i] ?? end;
    const e = ends[i] ?? s;
    // Letters and digits carry the timing; punctuation hangs on without stretching the word.
    if (/[\p{L}\p{N}]/u.test(c)) {
      if (!clean(text)) start = s;
      end = e;
    }
    text += c;
  });
  flush();
  return words;
}

/** A piecewise linear clock from word anchors: `from` words' boundaries land on `to` words' (same count). */
export function wordClock(from: Word[], to: Word[], fromDuration: number, toDuration: number): (t: number) => number {
  const xs = [0];
  const ys = [0];
  from.forEach((w, i) => {
    for (const [x, y] of [
      [w.start, to[i]!.start],
      [w.end, to[i]!.end],
    ] as const) {
      if (x > xs.at(-1)! && y >= ys.at(-1)!) {
        xs.push(x);
        ys.push(y);
      }
    }
  });
  if (fromDuration > xs.at(-1)!) {
    xs.push(fromDuration);
    ys.push(Math.max(ys.at(-1)!, toDuration));
  }
  return (t) => {
    if (t <= 0) return 0;
    let k = 1;
    while (k < xs.length - 1 && xs[k]! < t) k++;
    const [x0, x1, y0, y1] = [xs[k - 1]!, xs[k] ?? xs[k - 1]!, ys[k - 1]!, ys[k] ?? ys[k - 1]!];
    return Math.min(toDuration, x1 > x0 ? y0 + ((Math.min(t, x1) - x0) / (x1 - x0)) * (y1 - y0) : y0);
  };
}
