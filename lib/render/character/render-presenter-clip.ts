import "server-only";
import { execFile } from "node:child_process";
import { rm, writeFile } from "node:fs/promises";
import { binaries } from "@/lib/render/binaries";
import type { SpriteSet } from "./types";

const TIMEOUT_MS = 5 * 60_000;

// Frames an ffconcat schedule adds up to (its durations are whole frames).
export function scheduleFrames(schedule: string, fps: number): number {
  const seconds = [...schedule.matchAll(/^duration ([0-9.]+)$/gm)].reduce((sum, m) => sum + Number(m[1]), 0);
  return Math.round(seconds * fps);
}

// Plays a sprite schedule into a clip with alpha (QuickTime Animation, ARGB) to overlay later; also a
// way to check a schedule with the real concat demuxer. Returns the number of frames written.
export async function renderPresenterClip(schedule: string, sprites: SpriteSet, fps: number, outPath: string): Promise<number> {
  const list = `${outPath}.ffconcat`;
  const frames = scheduleFrames(schedule, fps);
  await writeFile(list, schedule);
  const args = [
    "-y",
    "-v",
    "error",
    "-protocol_whitelist",
    "file,pipe",
    "-f",
    "concat",
    "-safe",
    "0",
    "-i",
    list,
    "-vf",
    `fps=${fps}`,
    "-frames:v",
    String(frames),
    "-c:v",
    "qtrle",
    "-pix_fmt",
    "argb",
    outPath,
  ];
  try {
    await new Promise<void>((resolve, reject) => {
      execFile(binaries().ffmpeg, args, { timeout: TIMEOUT_MS, killSignal: "SIGKILL" }, (error, _stdout, stderr) => {
        if (error) reject(new Error(`ffmpeg could not play the sprite schedule: ${stderr.trim().split("\n").pop() ?? error.message}`));
        else resolve();
      });
    });
  } finally {
    await rm(list, { force: true });
  }
  return frames;
}
