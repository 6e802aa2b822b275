import type { Run } from "./shape-runs";
import type { Viseme, VisemeCue } from "./types";

// Centisecond runs -> cues in seconds that start at 0 and end exactly at `duration`.
export function runsToCues(runs: readonly Run<Viseme>[], duration: number): VisemeCue[] {
  const cues = runs
    .map((r) => ({ viseme: r.value, start: Math.min(r.start / 100, duration), end: Math.min(r.end / 100, duration) }))
    .filter((c) => c.end > c.start);
  const first = cues[0];
  const last = cues.at(-1);
  if (!first || !last) return duration > 0 ? [{ viseme: "X", start: 0, end: duration }] : [];
  first.start = 0;
  last.end = duration;
  return cues;
}
