import { idleTrack, random } from "@/lib/render/character/idle-track";
import { frameCount } from "@/lib/render/character/sprite-schedule";
import type { Eyes, Viseme, VisemeCue } from "@/lib/render/character/types";
import type { HeadPose } from "./face-rig";

// What a talking photo does frame by frame: the mouth from the voice's cues, blinks, a slow sway of the head
// (larger for `expressive`, with brows raised and a small nod on the speech's emphasis), reduced to at most
// MAX_SPRITES distinct sprites so a large photo renders in about the time of a drawn presenter.

export type TalkingStyle = "stable" | "expressive";
/** One sprite: `pose` numbers the head position (and, for expressive, whether the brows are up). */
export type PhotoKey = { pose: number; eyes: Eyes; mouth: Viseme };

export const MAX_SPRITES = 64;

// Sway amplitudes (degrees, face heights) and periods (seconds) of its two sine waves.
const MOTION = {
  stable: { levels: 5, angle: 0.5, dx: 0.004, dy: 0.002, nod: 0, periods: [5.3, 2.9] },
  expressive: { levels: 7, angle: 6, dx: 0.05, dy: 0.012, nod: 0.025, periods: [2.7, 1.6] },
} as const;

/** The head pose and brows of a pose number. */
export function poseOf(pose: number, style: TalkingStyle): { head: HeadPose; browsUp: boolean } {
  const m = MOTION[style];
  const level = Math.floor(pose / 2);
  const browsUp = pose % 2 === 1;
  const s = m.levels > 1 ? -1 + (2 * level) / (m.levels - 1) : 0;
  return { head: { angle: m.angle * s, dx: m.dx * s, dy: m.dy * (1 - s * s) + (browsUp ? m.nod : 0) }, browsUp };
}

/** Stretches of emphasis: the voice's loudness over a quarter second well above its usual level. */
function emphasis(envelope: readonly number[], step = 0.01): { start: number; end: number }[] {
  const win = Math.max(1, Math.round(0.25 / step));
  const smooth = envelope.map((_, i) => {
    let sum = 0;
    let n = 0;
    for (let j = Math.max(0, i - win); j <= Math.min(envelope.length - 1, i + win); j++, n++) sum += envelope[j]!;
    return n ? sum / n : 0;
  });
  const voiced = smooth.filter((v) => v > 0.02).sort((a, b) => a - b);
  if (voiced.length === 0) return [];
  const level = 1.25 * voiced[Math.floor(voiced.length / 2)]!;
  const spans: { start: number; end: number }[] = [];
  for (let i = 0; i < smooth.length; i++) {
    if (smooth[i]! <= level) continue;
    const start = i * step;
    while (i < smooth.length && smooth[i]! > level) i++;
    const end = Math.max(i * step, start + 0.35);
    const last = spans.at(-1);
    if (last && start - last.end < 0.2) last.end = end;
    else spans.push({ start, end });
  }
  return spans;
}

const keyName = (k: PhotoKey) => `${k.pose}-${k.eyes}-${k.mouth}`;

/** The sprite for every frame, at most MAX_SPRITES distinct ones. */
export function photoFrames(
  cues: readonly VisemeCue[],
  envelope: readonly number[],
  o: { duration: number; fps: number; seed: number; style: TalkingStyle },
): PhotoKey[] {
  const m = MOTION[o.style];
  const frames = frameCount(o.duration, o.fps);
  const { blinks } = idleTrack(o.duration, o.seed);
  const next = random(o.seed * 7919 + 1);
  const [p1, p2] = [next() * 2 * Math.PI, next() * 2 * Math.PI];
  const loud = o.style === "expressive" ? emphasis(envelope) : [];
  const within = (spans: readonly { start: number; end: number }[], t: number) => spans.some((s) => s.start <= t && t < s.end);
  const wanted: PhotoKey[] = [];
  let c = 0;
  for (let f = 0; f < frames; f++) {
    const t = (f + 0.5) / o.fps;
    while (c < cues.length - 1 && (cues[c]?.end ?? Infinity) <= t) c++;
    const sway = 0.65 * Math.sin((2 * Math.PI * t) / m.periods[0] + p1) + 0.35 * Math.sin((2 * Math.PI * t) / m.periods[1] + p2);
    const level = Math.round(((sway + 1) / 2) * (m.levels - 1));
    wanted.push({
      pose: level * 2 + (within(loud, t) ? 1 : 0),
      eyes: within(blinks, t) ? "closed" : "open",
      mouth: cues[c]?.viseme ?? "X",
    });
  }
  return boundSprites(wanted);
}

/** Keeps the most used sprites up to MAX_SPRITES; any other frame takes the nearest kept pose with its eyes and mouth. */
export function boundSprites(wanted: readonly PhotoKey[], max = MAX_SPRITES): PhotoKey[] {
  const count = new Map<string, { key: PhotoKey; n: number }>();
  for (const k of wanted) {
    const e = count.get(keyName(k));
    if (e) e.n++;
    else count.set(keyName(k), { key: k, n: 1 });
  }
  if (count.size <= max) return [...wanted];
  const kept = [...count.values()]
    .sort((a, b) => b.n - a.n || a.key.pose - b.key.pose)
    .slice(0, max)
    .map((e) => e.key);
  const names = new Set(kept.map(keyName));
  const distance = (a: PhotoKey, b: PhotoKey) =>
    (a.mouth === b.mouth ? 0 : 100) +
    (a.eyes === b.eyes ? 0 : 50) +
    Math.abs(Math.floor(a.pose / 2) - Math.floor(b.pose / 2)) * 2 +
    (a.pose % 2 === b.pose % 2 ? 0 : 1);
  const memo = new Map<string, PhotoKey>();
  return wanted.map((k) => {
    const name = keyName(k);
    if (names.has(name)) return k;
    let best = memo.get(name);
    if (!best) {
      best = kept.reduce((b, x) => (distance(k, x) < distance(k, b) ? x : b), kept[0]!);
      memo.set(name, best);
    }
    return best;
  });
}
