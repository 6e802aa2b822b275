import type { Run } from "./shape-runs";
import type { Viseme } from "./types";

// Rhubarb's minimum shape duration (timingOptimization.cpp): shorter shapes flicker.
const MIN_SHAPE_CS = 7;

const length = (r: Run<Viseme>) => r.end - r.start;

// A simplified form of Rhubarb's optimizeTiming: the shortest run under the minimum is either lengthened
// to the left (a closed mouth, A, must register, as Rhubarb extends closed segments by up to 6 cs) or
// given to its longer neighbour; repeated until every run lasts at least `min` or one run is left.
export function enforceMinDuration(input: readonly Run<Viseme>[], min = MIN_SHAPE_CS): Run<Viseme>[] {
  const runs = input.map((r) => ({ ...r }));
  for (;;) {
    let i = -1;
    runs.forEach((r, k) => {
      const shortest = runs[i];
      if (length(r) < min && (!shortest || length(r) < length(shortest))) i = k;
    });
    if (runs.length < 2) return runs;
    const run = runs[i];
    if (!run) return runs;
    const prev = runs[i - 1];
    const next = runs[i + 1];
    const need = min - length(run);
    if (run.value === "A" && prev && need <= 6 && length(prev) - need >= min) {
      prev.end -= need;
      run.start -= need;
      continue;
    }
    if (prev && (!next || length(prev) >= length(next))) prev.end = run.end;
    else if (next) next.start = run.start;
    runs.splice(i, 1);
    // Neighbours with the same shape become one run.
    const left = runs[i - 1];
    const right = runs[i];
    if (left && right && left.value === right.value) {
      left.end = right.end;
      runs.splice(i, 1);
    }
  }
}
