import { enforceMinDuration } from "./enforce-min-duration";
import { runsToCues } from "./runs-to-cues";
import { shapeRuns } from "./shape-runs";
import type { Viseme, VisemeCue } from "./types";

// Per 10 ms step: an attack of about 30 ms and a release of about 80 ms, so the jaw opens briskly
// and closes softly.
const ATTACK = 1 - Math.exp(-10 / 30);
const RELEASE = 1 - Math.exp(-10 / 80);

function level(v: number): Viseme {
  if (v < 0.12) return "X";
  if (v < 0.35) return "B";
  if (v < 0.65) return "C";
  return "D";
}

// Uploaded audio has no phones: the mouth follows loudness. `envelope` is RMS per 10 ms in 0..1; it is
// smoothed, normalised to the clip's loud parts (95th percentile) so quiet recordings still move, and
// mapped to X (silent), B, C, D (loudest).
export function visemesFromEnvelope(envelope: readonly number[], duration: number): VisemeCue[] {
  if (!(duration > 0)) return [];
  const length = Math.max(1, Math.ceil(duration * 100 - 1e-6));
  const smooth: number[] = [];
  let y = 0;
  for (let i = 0; i < length; i++) {
    const x = Math.max(0, envelope[i] ?? 0);
    y += (x - y) * (x > y ? ATTACK : RELEASE);
    smooth.push(y);
  }
  const sorted = [...smooth].sort((a, b) => a - b);
  const loud = Math.max(sorted[Math.floor(0.95 * (sorted.length - 1))] ?? 0, 0.05);
  const shapes = smooth.map((v) => level(Math.min(1, v / loud)));
  return runsToCues(enforceMinDuration(shapeRuns(shapes)), duration);
}
