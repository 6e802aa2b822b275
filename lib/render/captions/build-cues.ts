import type { Cue, WordTiming } from "./types";

export type CueRules = { maxLineChars: number; maxLines: number; minSeconds: number; maxSeconds: number; gapSeconds: number };

export const CUE_RULES: CueRules = { maxLineChars: 42, maxLines: 2, minSeconds: 1, maxSeconds: 6, gapSeconds: 0.3 };

type Word = WordTiming & { breakAfter: boolean };

// Greedy line filling; null when the words need more lines than allowed.
function wrap(words: string[], rules: CueRules): string[] | null {
  const lines: string[] = [];
  for (const w of words) {
    const last = lines.at(-1);
    if (last !== undefined && last.length + 1 + w.length <= rules.maxLineChars) lines[lines.length - 1] = `${last} ${w}`;
    else lines.push(w);
  }
  return lines.length <= rules.maxLines ? lines : null;
}

function groups(words: Word[], rules: CueRules): Word[][] {
  const out: Word[][] = [];
  let cur: Word[] = [];
  for (const w of words) {
    const next = [...cur, w];
    const tooLong = cur.length > 0 && (w.end - cur[0]!.start > rules.maxSeconds || !wrap(next.map((x) => x.text), rules));
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
 * Groups each scene's word timings into cues on the video's timeline: at most 2 lines of ~42 characters,
 * 1 to 6 seconds each, broken at punctuation and at pauses over 300 ms. Cues never overlap and stay inside
 * their scene (a cue is stretched towards 1 s only into silence).
 */
export function buildCues(scenes: { offset: number; duration: number; words: WordTiming[] }[], rules: CueRules = CUE_RULES): Cue[] {
  const cues: Cue[] = [];
  for (const scene of scenes) {
    const sceneEnd = scene.offset + scene.duration;
    const words: Word[] = scene.words
      .map((w) => ({ text: w.text.trim(), start: w.start, end: Math.max(w.start, w.end), breakAfter: /[.!?;:,…。！？、]$/.test(w.text.trim()) }))
      .filter((w) => w.text !== "")
      .sort((a, b) => a.start - b.start);
    const gs = groups(words, rules);
    gs.forEach((g, i) => {
      const start = Math.max(scene.offset + g[0]!.start, cues.at(-1)?.end ?? 0);
      const nextStart = i + 1 < gs.length ? scene.offset + gs[i + 1]![0]!.start : sceneEnd;
      const end = Math.min(Math.max(scene.offset + g.at(-1)!.end, start + rules.minSeconds), nextStart, sceneEnd);
      const lines = wrap(g.map((w) => w.text), rules) ?? [g.map((w) => w.text).join(" ")];
      if (end > start) cues.push({ start, end, lines });
    });
  }
  return cues;
}
