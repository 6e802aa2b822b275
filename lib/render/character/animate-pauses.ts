import { relax } from "./rhubarb-rules";
import { paint, shapeRuns } from "./shape-runs";
import type { Viseme } from "./types";

// Ported from Rhubarb Lip Sync (MIT, Daniel S. Wolf), pauseAnimation.cpp. Under 12 cs the mouth holds
// its shape, up to 35 cs it relaxes (never into the next shape), longer pauses close it (X).
function pauseShape(previous: Viseme, next: Viseme, duration: number): Viseme {
  if (duration < 12) return previous;
  if (duration <= 35) {
    for (let current = previous; ;) {
      const relaxed = relax(current);
      if (relaxed !== next) return relaxed;
      if (relaxed === current) break;
      current = relaxed;
    }
  }
  return "X";
}

export function animatePauses(shapes: readonly Viseme[]): Viseme[] {
  const out = [...shapes];
  const runs = shapeRuns(shapes);
  runs.forEach((pause, i) => {
    const previous = runs[i - 1];
    const next = runs[i + 1];
    if (pause.value !== "X" || !previous || !next) return;
    paint(out, pause.start, pause.end, pauseShape(previous.value, next.value, pause.end - pause.start));
  });
  return out;
}
