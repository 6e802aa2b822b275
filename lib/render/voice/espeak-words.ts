import type { Word } from "./types";

// A word event of espeak-ng: where in the text it starts (1-based character position) and its time span.
export type EspeakWordEvent = { position: number; length: number; start: number; end: number };

// Punctuation around a token goes; combining marks stay, since Devanagari vowel signs (नमस्ते, है) and Arabic
// harakat end many words.
const clean = (token: string) => token.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}\p{M}]+$/gu, "");
// Scripts written without spaces: espeak's own word split is the only one there is.
const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u;

function tokenStart(chars: string[], at: number): number {
  let i = Math.min(at, chars.length);
  while (i > 0 && !/\s/.test(chars[i - 1]!)) i--;
  return i;
}

// The caption words of a text from espeak's word events. espeak reports "42" as two words (forty, two),
// parts of "well-known" or "don't" on their own, and says some short words as one ("of the"); the words
// are the text's own whitespace-separated tokens, timed by the events that fall in them.
export function espeakWords(text: string, events: EspeakWordEvent[]): Word[] {
  const chars = Array.from(text);
  type Group = { from: number; start: number; end: number; unspaced: boolean; to?: number };
  const groups: Group[] = [];
  for (const e of events) {
    const at = Math.max(0, e.position - 1);
    if (UNSPACED.test(chars[at] ?? "")) {
      groups.push({ from: at, start: e.start, end: e.end, unspaced: true });
      continue;
    }
    const from = tokenStart(chars, at);
    const last = groups.at(-1);
    if (last && !last.unspaced && last.from === from) last.end = Math.max(last.end, e.end);
    else groups.push({ from, start: e.start, end: e.end, unspaced: false });
  }
  return groups.flatMap((g, i) => {
    const to = groups[i + 1]?.from ?? chars.length;
    const span = chars.slice(g.from, Math.max(g.from, to)).join("");
    const tokens = span.split(/\s+/).map(clean).filter(Boolean);
    if (g.unspaced || tokens.length <= 1)
      return tokens.length > 0 ? [{ text: g.unspaced ? tokens[0]! : tokens.join(" "), start: g.start, end: g.end }] : [];
    const total = tokens.reduce((n, t) => n + t.length, 0);
    let acc = 0;
    return tokens.map((t) => {
      const start = g.start + ((g.end - g.start) * acc) / total;
      acc += t.length;
      return { text: t, start, end: g.start + ((g.end - g.start) * acc) / total };
    });
  });
}
