// A track holds one value per centisecond; runs are its stretches of equal values (Rhubarb's joining timeline).
export type Run<T> = { value: T; start: number; end: number };

export function shapeRuns<T>(track: readonly T[], same: (a: T, b: T) => boolean = (a, b) => a === b): Run<T>[] {
  const runs: Run<T>[] = [];
  track.forEach((value, i) => {
    const last = runs.at(-1);
    if (last && same(last.value, value)) last.end = i + 1;
    else runs.push({ value, start: i, end: i + 1 });
  });
  return runs;
}

export function paint<T>(track: T[], start: number, end: number, value: T): void {
  for (let i = Math.max(0, start); i < Math.min(track.length, end); i++) track[i] = value;
}
