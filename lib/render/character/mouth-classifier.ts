import type { MouthFeatures } from "./mouth-features";

// A layer's weights row-major (outputs x inputs) and biases.
export type Layer = { weights: number[]; bias: number[] };

// The trained mouth classifier (scripts/lipsync/train.ts writes it to lipsync-profile.json): features
// standardised with `mean`/`std`, an optional tanh hidden layer, a softmax over `classes` (Rhubarb's
// shapes, or the phone classes of phone-classes.ts that visemeTimeline then animates), and the cost of
// switching class between two frames when the classes are smoothed.
export type MouthProfile = {
  target: "viseme" | "phone";
  classes: string[];
  mean: number[];
  std: number[];
  hidden: Layer | null;
  output: Layer;
  switchPenalty: number;
  trainedOn: Record<string, unknown>;
};

function dense(layer: Layer, input: Float32Array, out: Float32Array): void {
  const n = input.length;
  for (let o = 0; o < out.length; o++) {
    let sum = layer.bias[o]!;
    for (let i = 0; i < n; i++) sum += layer.weights[o * n + i]! * input[i]!;
    out[o] = sum;
  }
}

// Log-probabilities of each class per frame (frames x classes).
export function classifyFrames(features: MouthFeatures, profile: MouthProfile): Float32Array {
  const size = profile.mean.length;
  const classes = profile.classes.length;
  const out = new Float32Array(features.frames * classes);
  const x = new Float32Array(size);
  const h = new Float32Array(profile.hidden ? profile.hidden.bias.length : 0);
  const z = new Float32Array(classes);
  for (let f = 0; f < features.frames; f++) {
    for (let i = 0; i < size; i++) x[i] = (features.values[f * size + i]! - profile.mean[i]!) / profile.std[i]!;
    if (profile.hidden) {
      dense(profile.hidden, x, h);
      for (let i = 0; i < h.length; i++) h[i] = Math.tanh(h[i]!);
      dense(profile.output, h, z);
    } else dense(profile.output, x, z);
    const max = Math.max(...z);
    const log = Math.log(z.reduce((a, v) => a + Math.exp(v - max), 0)) + max;
    for (let c = 0; c < classes; c++) out[f * classes + c] = z[c]! - log;
  }
  return out;
}
