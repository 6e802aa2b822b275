import { CAPTION_STYLE } from "./caption-style";
import { breakWord, joinWords, splitWide, textWidth } from "./caption-width";
import type { Cue, WordTiming } from "./types";

// maxLineChars counts columns (caption-width.ts): a Latin letter is one, a CJK character two.
export type CueRules = { maxLineChars: number; maxLines: number; minSeconds: number; maxSeconds: number; gapSeconds: number };

export const CUE_RULES: CueRules = { maxLineChars: 42, maxLines: 2, minSeconds: 1, maxSeconds: 6, gapSeconds: 0.3 };

/**
 * The rules for a frame size: lines of 42 columns where they fit between the side margins (16:9 and square),
 * fewer on narrow frames, where libass would otherwise wrap Latin into a third line and cannot wrap CJK at all.
 */
export function cueRules(size: { width: number; height: number }): CueRules {
  const column = size.height * CAPTION_STYLE.fontSize * CAPTION_STYLE.columnWidth;
  const fits = Math.floor((size.width * (1 - 2 * CAPTION_STYLE.marginX)) / column);
  return { ...CUE_RULES, maxLineChars: Math.max(8, Math.min(CUE_RULES.maxLineChars, fits)) };
}

type Word = WordTiming & { breakAfter: boolean };

// Greedy line filling, at spaces and, in CJK text, between characters; null when the words need more lines
// than allowed.
function wrap(words: string[], rules: CueRules): string[] | null {
  const lines: string[] = [];
  for (const w of words) {
    const last = lines.at(-1);
    if (last === undefined) {
      lines.push(w);
      continue;
    }
    const joined = joinWords(last, w);
    const cut = breakWord(last, w, rules.maxLineChars);
    if (textWidth(joined) <= rules.maxLineChars) lines[lines.length - 1] = joined;
    else if (cut) lines.splice(-1, 1, joinWords(last, cut[0]), cut[1]);
    else lines.push(w);
  }
  return lines.length <= rules.maxLines ? lines : null;
}

// A CJK word wider than a line (espeak-ng times a whole Japanese clause as one word) becomes several, its
// time shared by width.
function fitLine(w: Word, rules: CueRules): Word[] {
  const pieces = splitWide(w.text, rules.maxLineChars);
  if (pieces.length === 1) return [w];
  const total = textWidth(w.text);
  let acc = 0;
  return pieces.map((text, i) => {
    const start = w.start + ((w.end - w.start) * acc) / total;
    acc += textWidth(text);
    return { text, start, end: w.start + ((w.end - w.start) * acc) / total, breakAfter: i === pieces.length - 1 && w.breakAfter };
  });
}

function groups(words: Word[], rules: CueRules): Word[][] {
  const out: Word[][] = [];
  let cur: Word[] = [];
  for (const w of words) {
    const next = [...cur, w];
    const tooLong =
      cur.length > 0 &&
      (w.end - cur[0]!.start > rules.maxSeconds ||
        !wrap(
          next.map((x) => x.text),
          rules,
        ));
    const gap = cur.length > 0 && w.start - cur.at(-1)!.end > rules.gapSeconds;
    if (tooLong || gap) {
      out.push(cur);
      cur = [w];
    } else cur = next;
    // Punctuation closes a cue once it has a second's worth of words.
    if (w.breakAfter && w.end - cur[0]!.start >= rules.minSeconds - 1e-6) {
      out.push(cur);
      cur = [];
    }
  }
  if (cur.length) out.push(cur);
  return out;
}

/**
 * Groups each scene's word timings into cues on the video's timeline: at most 2 lines of ~42 columns,
 * 1 to 6 seconds each, broken at punctuation and at pauses over 300 ms. Cues never overlap and stay inside
 * their scene (a cue is stretched towards 1 s only into silence).
 */
export function buildCues(scenes: { offset: number; duration: number; words: WordTiming[] }[], rules: CueRules = CUE_RULES): Cue[] {
  const cues: Cue[] = [];
  for (const scene of scenes) {
    const sceneEnd = scene.offset + scene.duration;
    const words: Word[] = scene.words
      .map((w) => ({
        text: w.text.trim(),
        start: w.start,
        end: Math.max(w.start, w.end),
        breakAfter: /[.!?;:,…。！？、，；：،؛؟।॥]$/.test(w.text.trim()),
      }))
      .filter((w) => w.text !== "")
      .sort((a, b) => a.start - b.start)
      .flatMap((w) => fitLine(w, rules));
    const gs = groups(words, rules);
    gs.forEach((g, i) => {
      const start = Math.max(scene.offset + g[0]!.start, cues.at(-1)?.end ?? 0);
      const nextStart = i + 1 < gs.length ? scene.offset + gs[i + 1]![0]!.start : sceneEnd;
      const end = Math.min(Math.max(scene.offset + g.at(-1)!.end, start + rules.minSeconds), nextStart, sceneEnd);
      const lines = wrap(
        g.map((w) => w.text),
        rules,
      ) ?? [g.map((w) => w.text).reduce(joinWords)];
      if (end > start) cues.push({ start, end, lines });
    });
  }
  return cues;
}
