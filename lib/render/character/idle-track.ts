import { POSES } from "./art/presenter-svg";

export type IdleTrack = {
  // Eyes closed during each blink, seconds.
  blinks: { start: number; end: number }[];
  // Idle pose per stretch, contiguous from 0 to the duration.
  poses: { pose: number; start: number; end: number }[];
};

const BLINK = 0.14;

// A small deterministic PRNG (mulberry32) so the same seed always gives the same video.
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// Life between words: a blink every 3-6 s and a new idle pose every 3-7 s, starting in the neutral pose.
export function idleTrack(duration: number, seed: number): IdleTrack {
  const next = random(seed);
  const blinks: IdleTrack["blinks"] = [];
  for (let t = 1 + next() * 2.5; t + BLINK <= duration; t += 3 + next() * 3) {
    blinks.push({ start: t, end: t + BLINK });
  }
  const poses: IdleTrack["poses"] = [];
  let pose = 0;
  for (let t = 0; t < duration;) {
    const end = Math.min(duration, t + 3 + next() * 4);
    poses.push({ pose, start: t, end });
    pose = (pose + 1 + Math.floor(next() * (POSES.length - 1))) % POSES.length;
    t = end;
  }
  return { blinks, poses };
}
