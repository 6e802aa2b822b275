// The most likely class per frame given the classifier's log-probabilities, where every change of class
// costs `penalty` (Viterbi): a class must be clearly better for a while before the mouth moves to it,
// which removes flicker without lagging behind real changes. Silent frames can only be `rest`.
export function smoothMouth<T extends string>(
  logProbs: Float32Array,
  classes: readonly T[],
  penalty: number,
  silent: Uint8Array,
  rest: T,
): T[] {
  const n = classes.length;
  const frames = Math.floor(logProbs.length / n);
  if (frames === 0) return [];
  const r = classes.indexOf(rest);
  const score = (f: number, c: number) => (silent[f] && r >= 0 ? (c === r ? 0 : -1e6) : logProbs[f * n + c]!);
  const back = new Uint8Array(frames * n);
  let prev = Float64Array.from({ length: n }, (_, c) => score(0, c));
  for (let f = 1; f < frames; f++) {
    let best = 0;
    for (let c = 1; c < n; c++) if (prev[c]! > prev[best]!) best = c;
    const next = new Float64Array(n);
    for (let c = 0; c < n; c++) {
      const stay = prev[c]!;
      const move = prev[best]! - penalty;
      back[f * n + c] = stay >= move ? c : best;
      next[c] = Math.max(stay, move) + score(f, c);
    }
    prev = next;
  }
  let c = 0;
  for (let k = 1; k < n; k++) if (prev[k]! > prev[c]!) c = k;
  const out = new Array<T>(frames);
  for (let f = frames - 1; f >= 0; f--) {
    out[f] = classes[c]!;
    c = back[f * n + c]!;
  }
  return out;
}
