// npm run lipsync:train: trains the mouth classifier of visemesFromAudio from our own built-in speech
// (scripts/lipsync/corpus.ts TRAIN: ~1,200 utterances, ~350 voice and variant pairs, espeak-ng variants
// and augmented flite voices) and writes lib/render/character/lipsync-profile.json: 128 tanh hidden
// units, 15 epochs, bilabial frames weighted x2, the epoch and the switch penalty chosen on TUNE (other
// speakers; never HELD_OUT). Deterministic: the same engines and corpus give the same file. About 5
// minutes to speak the corpus and 7 to train on one core (printed). Never runs at render time.
// LIPSYNC_CACHE=<folder> keeps the spoken corpus between runs.
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { format, resolveConfig } from "prettier";
import { FEATURE_SIZE, mouthFeatures } from "@/lib/render/character/mouth-features";
import type { Layer, MouthProfile } from "@/lib/render/character/mouth-classifier";
import { mouthShapes } from "@/lib/render/character/mouth-shapes";
import { PHONE_CLASSES } from "@/lib/render/character/phone-classes";
import { VISEMES } from "@/lib/render/character/types";
import { speakerOf, TRAIN, TUNE, type Utterance } from "./corpus";
import { agreement, shapesOf, speak, type SpokenUtterance } from "./speech";

const TARGET = process.env.LIPSYNC_TARGET === "viseme" ? "viseme" : "phone";
const CLASSES: readonly string[] = TARGET === "phone" ? PHONE_CLASSES : VISEMES;
const HIDDEN = Number(process.env.LIPSYNC_HIDDEN ?? 128);
const EPOCHS = Number(process.env.LIPSYNC_EPOCHS ?? 15);
const BATCH = 128;
const RATE = 0.003;
const L2 = Number(process.env.LIPSYNC_L2 ?? 1e-4);
const DROPOUT = Number(process.env.LIPSYNC_DROPOUT ?? 0);
// Closed lips are the mouth's most visible cue and the bilabials' frames are few: their frames weigh more.
const BILABIAL_WEIGHT = Number(process.env.LIPSYNC_BILABIAL_WEIGHT ?? 2);
const WEIGHT = CLASSES.map((c) => (["p", "m", "A"].includes(c) ? BILABIAL_WEIGHT : 1));
// The smoothing under which each epoch is scored.
const WATCH_PENALTY = 6;
const PENALTIES = [0, 1, 2, 3, 4, 5, 6, 7, 8, 10, 12];
const OUT = path.join(import.meta.dirname, "../../lib/render/character/lipsync-profile.json");

// mulberry32: a small seeded generator, so weights and shuffles repeat exactly.
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Data = { x: Float32Array; y: Uint8Array; n: number };

// The frames that are not silent (the smoother keeps those at rest whatever the classifier says).
function frames(set: SpokenUtterance[]): Data {
  const n = set.reduce((a, s) => a + s.features.silent.reduce((sum, q) => sum + (q ? 0 : 1), 0), 0);
  const x = new Float32Array(n * FEATURE_SIZE);
  const y = new Uint8Array(n);
  let at = 0;
  for (const s of set) {
    const labels = TARGET === "phone" ? s.phones : s.reference;
    for (let i = 0; i < s.features.frames; i++) {
      if (s.features.silent[i]) continue;
      x.set(s.features.values.subarray(i * FEATURE_SIZE, (i + 1) * FEATURE_SIZE), at * FEATURE_SIZE);
      y[at++] = CLASSES.indexOf(labels[i]!);
    }
  }
  return { x, y, n };
}

function standardise(data: Data): { mean: number[]; std: number[] } {
  const mean = new Array<number>(FEATURE_SIZE).fill(0);
  const std = new Array<number>(FEATURE_SIZE).fill(0);
  for (let f = 0; f < data.n; f++) for (let i = 0; i < FEATURE_SIZE; i++) mean[i]! += data.x[f * FEATURE_SIZE + i]! / data.n;
  for (let f = 0; f < data.n; f++)
    for (let i = 0; i < FEATURE_SIZE; i++) std[i]! += (data.x[f * FEATURE_SIZE + i]! - mean[i]!) ** 2 / data.n;
  return { mean, std: std.map((v) => Math.sqrt(v) || 1) };
}

// A layer with its Adam moments.
type Param = { w: Float64Array; m: Float64Array; v: Float64Array };
const param = (size: number, scale: number, rnd: () => number): Param => ({
  w: Float64Array.from({ length: size }, () => (rnd() * 2 - 1) * scale),
  m: new Float64Array(size),
  v: new Float64Array(size),
});

// Frames standardised once, so epochs only read them.
function standardised(data: Data, norm: { mean: number[]; std: number[] }): Float32Array {
  const out = new Float32Array(data.n * FEATURE_SIZE);
  for (let f = 0; f < data.n; f++)
    for (let i = 0; i < FEATURE_SIZE; i++) out[f * FEATURE_SIZE + i] = (data.x[f * FEATURE_SIZE + i]! - norm.mean[i]!) / norm.std[i]!;
  return out;
}

type Layers = { hidden: Layer | null; output: Layer };

// Minibatch Adam over the frames; after every epoch `watch` scores the layers so far (the tuning
// speakers), and the best epoch's layers are kept.
function train(data: Data, norm: { mean: number[]; std: number[] }, watch: (layers: Layers, epoch: number) => number): Layers {
  const rnd = random(15);
  const K = CLASSES.length;
  const D = FEATURE_SIZE;
  const H = HIDDEN;
  const inOut = H > 0 ? H : D;
  const w1 = param(H * D, Math.sqrt(1 / D), rnd);
  const b1 = param(H, 0, rnd);
  const w2 = param(K * inOut, Math.sqrt(1 / inOut), rnd);
  const b2 = param(K, 0, rnd);
  const grads = [w1, b1, w2, b2].map((p) => new Float64Array(p.w.length));
  const [g1, gb1, g2, gb2] = grads as [Float64Array, Float64Array, Float64Array, Float64Array];
  const xs = standardised(data, norm);
  const h = new Float64Array(H);
  const keep = new Float64Array(H);
  const z = new Float64Array(K);
  const dh = new Float64Array(H);
  const W1 = w1.w;
  const W2 = w2.w;
  const order = Uint32Array.from({ length: data.n }, (_, i) => i);
  const round = (a: Float64Array) => Array.from(a, (v) => Number(v.toPrecision(4)));
  const layers = (): Layers => ({
    hidden: H > 0 ? { weights: round(w1.w), bias: round(b1.w) } : null,
    output: { weights: round(w2.w), bias: round(b2.w) },
  });
  let best = { score: -1, layers: layers() };
  let step = 0;
  for (let epoch = 0; epoch < EPOCHS; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(rnd() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    let loss = 0;
    for (let start = 0; start < data.n; start += BATCH) {
      grads.forEach((g) => g.fill(0));
      const end = Math.min(data.n, start + BATCH);
      for (let b = start; b < end; b++) {
        const f = order[b]!;
        const x0 = f * D;
        const top = H > 0 ? h : xs.subarray(x0, x0 + D);
        for (let o = 0; o < H; o++) {
          let s = b1.w[o]!;
          const row = o * D;
          for (let i = 0; i < D; i++) s += W1[row + i]! * xs[x0 + i]!;
          // Inverted dropout: a unit is silenced with probability DROPOUT, the rest scaled up.
          keep[o] = DROPOUT > 0 ? (rnd() < DROPOUT ? 0 : 1 / (1 - DROPOUT)) : 1;
          h[o] = Math.tanh(s);
        }
        let max = -Infinity;
        for (let k = 0; k < K; k++) {
          let s = b2.w[k]!;
          const row = k * inOut;
          if (H > 0) for (let i = 0; i < H; i++) s += W2[row + i]! * h[i]! * keep[i]!;
          else for (let i = 0; i < D; i++) s += W2[row + i]! * top[i]!;
          z[k] = s;
          if (s > max) max = s;
        }
        let sum = 0;
        for (let k = 0; k < K; k++) sum += z[k] = Math.exp(z[k]! - max);
        const label = data.y[f]!;
        const weight = WEIGHT[label]!;
        loss -= Math.log(z[label]! / sum);
        dh.fill(0);
        for (let k = 0; k < K; k++) {
          const d = weight * (z[k]! / sum - (k === label ? 1 : 0));
          gb2[k]! += d;
          const row = k * inOut;
          if (H > 0)
            for (let i = 0; i < H; i++) {
              g2[row + i]! += d * h[i]! * keep[i]!;
              dh[i]! += d * W2[row + i]!;
            }
          else for (let i = 0; i < D; i++) g2[row + i]! += d * top[i]!;
        }
        for (let o = 0; o < H; o++) {
          const d = dh[o]! * keep[o]! * (1 - h[o]! * h[o]!);
          if (d === 0) continue;
          gb1[o]! += d;
          const row = o * D;
          for (let i = 0; i < D; i++) g1[row + i]! += d * xs[x0 + i]!;
        }
      }
      step++;
      [w1, b1, w2, b2].forEach((p, n) => adam(p, grads[n]!, end - start, step, n % 2 === 0));
    }
    const now = layers();
    const score = watch(now, epoch);
    console.log(`epoch ${epoch + 1}: loss ${(loss / data.n).toFixed(3)}, tuning speakers ${(100 * score).toFixed(1)}%`);
    if (score > best.score) best = { score, layers: now };
  }
  return best.layers;
}

function adam(p: Param, g: Float64Array, batch: number, t: number, decay: boolean): void {
  const [beta1, beta2] = [0.9, 0.999];
  for (let i = 0; i < p.w.length; i++) {
    const grad = g[i]! / batch + (decay ? L2 * p.w[i]! : 0);
    p.m[i] = beta1 * p.m[i]! + (1 - beta1) * grad;
    p.v[i] = beta2 * p.v[i]! + (1 - beta2) * grad * grad;
    p.w[i]! -= (RATE * (p.m[i]! / (1 - beta1 ** t))) / (Math.sqrt(p.v[i]! / (1 - beta2 ** t)) + 1e-8);
  }
}

function score(set: SpokenUtterance[], profile: MouthProfile, penalty: number, confusion?: number[][]): { exact: number; coarse: number } {
  const sum = { exact: 0, coarse: 0, frames: 0 };
  for (const s of set) {
    const shapes = shapesOf(mouthShapes(s.features, profile, s.track.duration, penalty), s.features.frames);
    if (confusion) s.reference.forEach((v, i) => confusion[VISEMES.indexOf(v)]![VISEMES.indexOf(shapes[i] ?? "X")]!++);
    const a = agreement(shapes, s.reference);
    sum.exact += a.exact;
    sum.coarse += a.coarse;
    sum.frames += a.frames;
  }
  return { exact: sum.exact / sum.frames, coarse: sum.coarse / sum.frames };
}

const floats = (base64: string) => new Float32Array(Uint8Array.from(Buffer.from(base64, "base64")).buffer);

// A spoken set; LIPSYNC_CACHE names a folder that keeps it between runs while trying settings.
async function corpus(set: Utterance[], name: string, dir: string): Promise<SpokenUtterance[]> {
  const cache = process.env.LIPSYNC_CACHE && path.join(process.env.LIPSYNC_CACHE, `${name}.json`);
  // The spectra are kept, not the classifier's features, so changes to mouth-features.ts need no new speech.
  if (cache && existsSync(cache)) {
    const saved = JSON.parse(readFileSync(cache, "utf8")) as (Omit<SpokenUtterance, "audio" | "features"> & {
      level: string;
      bands: string;
    })[];
    return saved.map(({ level, bands, ...s }) => {
      const audio = { frames: s.reference.length, level: floats(level), bands: floats(bands) };
      return { ...s, audio, features: mouthFeatures(audio) };
    });
  }
  const spoken: SpokenUtterance[] = [];
  for (const u of set) {
    spoken.push(await speak(u, dir));
    // Only the features are kept: the WAVs go at once.
    for (const file of readdirSync(dir)) rmSync(path.join(dir, file), { recursive: true, force: true });
  }
  if (cache) {
    mkdirSync(path.dirname(cache), { recursive: true });
    const base64 = (a: Float32Array) => Buffer.from(a.buffer, a.byteOffset, a.byteLength).toString("base64");
    const saved = spoken.map(({ audio, features: _, ...s }) => ({ ...s, level: base64(audio.level), bands: base64(audio.bands) }));
    writeFileSync(cache, JSON.stringify(saved));
  }
  return spoken;
}

async function main(): Promise<void> {
  const started = performance.now();
  const minutes = () => `${((performance.now() - started) / 60_000).toFixed(1)} min`;
  const dir = mkdtempSync(path.join(tmpdir(), "lipsync-train-"));
  try {
    // TRAIN fits the weights; TUNE (other speakers) picks the epoch and the smoothing.
    const fit = await corpus(TRAIN, "train", dir);
    const tune = await corpus(TUNE, "tune", dir);
    console.log(`spoken in ${minutes()}`);
    const data = frames(fit);
    console.log(
      `${fit.length} utterances, ${data.n} training frames, ${FEATURE_SIZE} features, ${HIDDEN} hidden units, ${CLASSES.length} ${TARGET} classes`,
    );
    const norm = standardise(data);
    const profile: MouthProfile = {
      target: TARGET,
      classes: [...CLASSES],
      mean: norm.mean.map((v) => Number(v.toPrecision(5))),
      std: norm.std.map((v) => Number(v.toPrecision(5))),
      hidden: null,
      output: { weights: [], bias: [] },
      switchPenalty: 0,
      trainedOn: {
        utterances: fit.length,
        frames: data.n,
        speakers: new Set(TRAIN.map(speakerOf)).size,
        voices: [...new Set(TRAIN.map((u) => u.voiceId))],
        script: "scripts/lipsync/train.ts",
      },
    };
    Object.assign(
      profile,
      train(data, norm, (layers) => score(tune, { ...profile, ...layers }, WATCH_PENALTY).exact),
    );
    console.log(`trained in ${minutes()}`);
    let best = { penalty: 0, exact: -1 };
    for (const penalty of PENALTIES) {
      const s = score(tune, profile, penalty);
      console.log(`switch penalty ${penalty}: ${(100 * s.exact).toFixed(1)}% exact, ${(100 * s.coarse).toFixed(1)}% open/half/closed`);
      if (s.exact > best.exact) best = { penalty, exact: s.exact };
    }
    profile.switchPenalty = best.penalty;
    // Rows: the phones' shape; columns: the audio's.
    const confusion = VISEMES.map(() => VISEMES.map(() => 0));
    score(tune, profile, best.penalty, confusion);
    console.log(`     ${VISEMES.map((v) => v.padStart(5)).join("")}`);
    confusion.forEach((row, i) => console.log(`${VISEMES[i]}    ${row.map((n) => String(n).padStart(5)).join("")}`));
    const text = await format(JSON.stringify(profile), { ...(await resolveConfig(OUT)), parser: "json" });
    writeFileSync(OUT, text);
    console.log(
      `wrote ${path.relative(process.cwd(), OUT)} (${(text.length / 1024).toFixed(0)} KB), switch penalty ${best.penalty}, in ${minutes()}`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
