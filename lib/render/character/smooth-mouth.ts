import type { Viseme } from "./types";

// The most likely mouth per frame given the classifier's log-probabilities, where every change of shape
// costs `penalty` (Viterbi): a shape must be clearly better for a while before the mouth moves to it,
// which removes flicker without lagging behind real changes. Silent frames can only be X.
export function smoothMouth(logProbs: Float32Array, classes: readonly Viseme[], penalty: number, silent: Uint8Array): Viseme[] {
  const n = classes.length;
  const frames = Math.floor(logProbs.length / n);
  if (frames === 0) return [];
  const rest = classes.indexOf("X");
  const score = (f: number, c: number) => (silent[f] && rest >= 0 ? (c === rest ? 0 : -1e6) : logProbs[f * n + c]!);
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
  const out: Viseme[] = new Array<Viseme>(frames);
  for (let f = frames - 1; f >= 0; f--) {
    out[f] = classes[c]!;
    c = back[f * n + c]!;
  }
  return out;
}
