// A closed outline of `bumps` rounded puffs around an ellipse (curly hair, a beard's edge): each puff is a
// quadratic curve between two points on the ellipse, bulging out by `puff` (1.1 = 10% beyond it).
// `from`/`to` (radians, 0 = right, clockwise on screen) draw an open arc instead, for a path to continue.
export function cloudPath(cx: number, cy: number, rx: number, ry: number, bumps: number, puff: number, from = 0, to = 2 * Math.PI): string {
  const at = (a: number, k: number) => `${(cx + rx * k * Math.cos(a)).toFixed(1)} ${(cy + ry * k * Math.sin(a)).toFixed(1)}`;
  const step = (to - from) / bumps;
  let d = `M ${at(from, 1)}`;
  for (let i = 1; i <= bumps; i++) {
    // Alternate the bulge a little so the outline reads as hand-drawn rather than a gear.
    const k = puff + (i % 2 ? 0.02 : -0.02);
    d += ` Q ${at(from + step * (i - 0.5), k)} ${at(from + step * i, 1)}`;
  }
  return to - from >= 2 * Math.PI - 1e-9 ? `${d} Z` : d;
}
