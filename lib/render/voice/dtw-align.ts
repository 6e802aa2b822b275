// Dynamic time warping between two feature sequences of the same text (our espeak-ng rendering `a`, whose
// phone timings are known, and a provider's audio `b`), within a band around the diagonal. The result maps
// every frame of `a` onto a frame position of `b`, monotone, first to first and last to last.

const STEP_DIAGONAL = 0,
  STEP_A = 1,
  STEP_B = 2;

const distance = (x: Float32Array, y: Float32Array) => {
  let d = 0;
  for (let k = 0; k < x.length; k++) d += (x[k]! - y[k]!) ** 2;
  return Math.sqrt(d);
};

/** For each frame of `a`, the (fractional) frame of `b` it matches. */
export function dtwWarp(a: Float32Array[], b: Float32Array[], bandFraction = 0.25): Float64Array {
  const n = a.length;
  const m = b.length;
  const warp = new Float64Array(n);
  if (n === 0 || m === 0) return warp;
  // The band follows the diagonal of the n x m grid; wide enough for pauses placed differently.
  const width = Math.max(25, Math.ceil(bandFraction * Math.max(n, m)), Math.abs(n - m) + 5);
  const from = (i: number) => Math.max(0, Math.floor((i * (m - 1)) / Math.max(1, n - 1)) - width);
  const to = (i: number) => Math.min(m - 1, Math.floor((i * (m - 1)) / Math.max(1, n - 1)) + width);
  const stride = 2 * width + 1;
  const steps = new Uint8Array(n * stride);
  let prev = new Float64Array(m).fill(Infinity);
  let cur = new Float64Array(m).fill(Infinity);
  for (let i = 0; i < n; i++) {
    cur.fill(Infinity);
    const lo = from(i);
    const hi = to(i);
    for (let j = lo; j <= hi; j++) {
      const d = distance(a[i]!, b[j]!);
      let best: number;
      let step: number;
      if (i === 0 && j === 0) {
        best = 0;
        step = STEP_DIAGONAL;
      } else {
        const diag = i > 0 && j > 0 ? prev[j - 1]! : Infinity;
        const up = i > 0 ? prev[j]! : Infinity;
        const left = j > 0 ? cur[j - 1]! : Infinity;
        // The diagonal costs one distance for two frames: preferred when it matches as well.
        if (diag <= up && diag <= left) [best, step] = [diag, STEP_DIAGONAL];
        else if (up <= left) [best, step] = [up, STEP_A];
        else [best, step] = [left, STEP_B];
      }
      cur[j] = best + d;
      steps[i * stride + (j - lo)] = step;
    }
    [prev, cur] = [cur, prev];
  }
  // Back from the last cell: every frame of `a` collects the frames of `b` it was matched with.
  const sum = new Float64Array(n);
  const count = new Uint32Array(n);
  let i = n - 1;
  let j = m - 1;
  for (;;) {
    sum[i] = sum[i]! + j;
    count[i] = count[i]! + 1;
    if (i === 0 && j === 0) break;
    const step = steps[i * stride + (j - from(i))];
    if (i === 0) j--;
    else if (j === 0) i--;
    else if (step === STEP_DIAGONAL) {
      i--;
      j--;
    } else if (step === STEP_A) i--;
    else j--;
  }
  for (let k = 0; k < n; k++) warp[k] = count[k] ? sum[k]! / count[k]! : k > 0 ? warp[k - 1]! : 0;
  for (let k = 1; k < n; k++) warp[k] = Math.max(warp[k]!, warp[k - 1]!);
  return warp;
}

/** A time on `a`'s clock mapped to `b`'s through the warp, both clocks in frames of `hop` seconds. */
export function warpTime(warp: Float64Array, hop: number, t: number, bDuration: number): number {
  if (warp.length === 0) return 0;
  const f = t / hop;
  if (f >= warp.length - 1) {
    // Past the last frame centre: the rest of `a` maps linearly onto the rest of `b`.
    const last = warp[warp.length - 1]! * hop;
    const aEnd = (warp.length - 1) * hop;
    return Math.min(bDuration, last + (t - aEnd));
  }
  const lo = Math.max(0, Math.floor(f));
  const frac = f - lo;
  return Math.min(bDuration, (warp[lo]! * (1 - frac) + warp[lo + 1]! * frac) * hop);
}
