import { tweenFor } from "./rhubarb-rules";
import { paint, shapeRuns } from "./shape-runs";
import type { Viseme } from "./types";

const MIN_TWEEN = 4;
const MAX_TWEEN = 8;

// Ported from Rhubarb Lip Sync (MIT, Daniel S. Wolf), tweening.cpp: an in-between shape on transitions
// that would otherwise jump (D -> A passes through C, C <-> F through E...), early, centred or late.
export function insertTweens(shapes: readonly Viseme[]): Viseme[] {
  const out = [...shapes];
  const runs = shapeRuns(shapes);
  runs.forEach((first, i) => {
    const second = runs[i + 1];
    if (!second) return;
    const tween = tweenFor(first.value, second.value);
    if (!tween) return;
    const [shape, timing] = tween;
    const firstLength = first.end - first.start;
    const secondLength = second.end - second.start;
    let start: number;
    let length: number;
    if (timing === "early") {
      length = Math.min(Math.floor(firstLength / 3), MAX_TWEEN);
      start = first.end - length;
    } else if (timing === "centered") {
      length = Math.min(Math.floor(firstLength / 4), Math.floor(secondLength / 4), MAX_TWEEN);
      start = first.end - Math.floor(length / 2);
    } else {
      length = Math.min(Math.floor(secondLength / 3), MAX_TWEEN);
      start = second.start;
    }
    if (length < MIN_TWEEN) return;
    paint(out, start, start + length, shape);
  });
  return out;
}
