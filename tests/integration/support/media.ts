import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

// Tiny media files made by ffmpeg on first use (nothing binary is committed), one folder per test process.
const recipes = {
  png: ["-f", "lavfi", "-i", "color=c=red:s=64x48", "-frames:v", "1"],
  jpg: ["-f", "lavfi", "-i", "color=c=green:s=80x60", "-frames:v", "1"],
  webp: ["-f", "lavfi", "-i", "color=c=blue:s=96x64", "-frames:v", "1", "-c:v", "libwebp"],
  gif: ["-f", "lavfi", "-i", "color=c=white:s=32x32", "-frames:v", "1"],
  mp4: [
    ...["-f", "lavfi", "-i", "testsrc=s=160x120:d=1:r=25", "-f", "lavfi", "-i", "sine=frequency=440:duration=1"],
    ...["-c:v", "libx264", "-preset", "ultrafast", "-pix_fmt", "yuv420p", "-c:a", "aac", "-shortest"],
  ],
  webm: ["-f", "lavfi", "-i", "testsrc=s=128x96:d=1:r=25", "-c:v", "libvpx", "-deadline", "realtime", "-b:v", "200k"],
  mp3: ["-f", "lavfi", "-i", "sine=frequency=440:duration=1", "-c:a", "libmp3lame", "-b:a", "64k"],
  wav: ["-f", "lavfi", "-i", "sine=frequency=440:duration=1", "-ar", "8000", "-c:a", "pcm_s16le"],
} as const;

export type MediaKind = keyof typeof recipes;

let dir: string | undefined;
const made = new Map<MediaKind, string>();

export function mediaPath(kind: MediaKind): string {
  const existing = made.get(kind);
  if (existing) return existing;
  dir ??= mkdtempSync(path.join(tmpdir(), "avatar-studio-media-"));
  const file = path.join(dir, `sample.${kind}`);
  execFileSync("ffmpeg", ["-v", "error", "-y", ...recipes[kind], file]);
  made.set(kind, file);
  return file;
}

export function media(kind: MediaKind): Buffer {
  return readFileSync(mediaPath(kind));
}
