import { idleTrack } from "./idle-track";
import type { SpriteSet, Viseme, VisemeCue } from "./types";

export type ScheduleOptions = { duration: number; fps: number; seed: number };

// Frames of the whole clip: the duration rounded up to a whole frame.
export function frameCount(duration: number, fps: number): number {
  return Math.max(1, Math.ceil(duration * fps - 1e-6));
}

function at<T extends { start: number; end: number }>(items: readonly T[], t: number, from: number): number {
  let i = from;
  while (i < items.length - 1 && (items[i]?.end ?? Infinity) <= t) i++;
  return i;
}

const quote = (p: string) => `'${p.replace(/'/g, "'\\''")}'`;

// The text of an ffconcat file that shows, frame by frame, the sprite for the current mouth cue, blink
// and idle pose. Frames are sampled at their centre.
export function spriteSchedule(cues: readonly VisemeCue[], o: ScheduleOptions, sprites: SpriteSet): string {
  const frames = frameCount(o.duration, o.fps);
  const idle = idleTrack(o.duration, o.seed);
  const files: string[] = [];
  let [c, b, p] = [0, 0, 0];
  for (let f = 0; f < frames; f++) {
    const t = (f + 0.5) / o.fps;
    c = at(cues, t, c);
    b = at(idle.blinks, t, b);
    p = at(idle.poses, t, p);
    const mouth: Viseme = cues[c]?.viseme ?? "X";
    const blink = idle.blinks[b];
    const eyes = blink && blink.start <= t && t < blink.end ? "closed" : "open";
    files.push(sprites.file(idle.poses[p]?.pose ?? 0, eyes, mouth));
  }
  return framesConcat(files, o.fps);
}

// An ffconcat file playing one file per frame: runs of equal frames become one entry, so every entry lasts a
// whole number of frames and they add up to the frame count. The last file is repeated, as the concat
// demuxer needs for the last duration to count.
export function framesConcat(files: readonly string[], fps: number): string {
  const entries: { file: string; frames: number }[] = [];
  for (const file of files) {
    const last = entries.at(-1);
    if (last && last.file === file) last.frames++;
    else entries.push({ file, frames: 1 });
  }
  const lines = ["ffconcat version 1.0"];
  for (const e of entries) lines.push(`file ${quote(e.file)}`, `duration ${+(e.frames / fps).toFixed(6)}`);
  const last = entries.at(-1);
  if (last) lines.push(`file ${quote(last.file)}`);
  return lines.join("\n") + "\n";
}
