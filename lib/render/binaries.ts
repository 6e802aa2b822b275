import "server-only";
import { accessSync, chmodSync, constants, existsSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { env } from "@/lib/env";

export type Binaries = { ffmpeg: string; ffprobe: string; source: "FFMPEG_PATH" | "PATH" | "npm" };

export type BinaryLookup = {
  /** An explicit ffmpeg path (default FFMPEG_PATH; null ignores it); ffprobe is looked for beside it. */
  ffmpegPath?: string | null;
  /** The PATH to search for system binaries. */
  searchPath?: string;
};

const require = createRequire(import.meta.url);

function executable(file: string): boolean {
  try {
    accessSync(file, constants.X_OK);
    return statSync(file).isFile();
  } catch {
    return false;
  }
}

function onPath(name: string, searchPath: string): string | undefined {
  for (const dir of searchPath.split(path.delimiter).filter(Boolean)) {
    const file = path.join(dir, name);
    if (executable(file)) return file;
  }
  return undefined;
}

// npm 11 skips the installers' postinstall chmod, so the binary may arrive without its execute bit.
function fromNpm(pkg: string): string {
  const file = (require(pkg) as { path: string }).path;
  if (!executable(file) && existsSync(file)) chmodSync(file, 0o755);
  return file;
}

// The ffprobe that sits beside FFMPEG_PATH (`/opt/ff/ffmpeg` -> `/opt/ff/ffprobe`; plain `ffmpeg` -> `ffprobe`).
export function ffprobePath(ffmpegPath = env().ffmpegPath): string {
  const slash = Math.max(ffmpegPath.lastIndexOf("/"), ffmpegPath.lastIndexOf("\\"));
  const base = ffmpegPath.slice(slash + 1);
  const probe = /ffmpeg/i.test(base) ? base.replace(/ffmpeg/i, "ffprobe") : "ffprobe";
  return ffmpegPath.slice(0, slash + 1) + probe;
}

/** Finds ffmpeg and ffprobe: FFMPEG_PATH, else the system's on PATH, else the npm installers' static builds. */
export function resolveBinaries(lookup: BinaryLookup = {}): Binaries {
  const e = env();
  const explicit = lookup.ffmpegPath === undefined ? (e.ffmpegPathSet ? e.ffmpegPath : undefined) : lookup.ffmpegPath;
  const searchPath = lookup.searchPath ?? e.systemPath;
  if (explicit) {
    if (!executable(explicit)) throw new Error(`FFMPEG_PATH ${explicit} is not an executable file`);
    const beside = ffprobePath(explicit);
    return {
      ffmpeg: explicit,
      ffprobe: executable(beside) ? beside : (onPath("ffprobe", searchPath) ?? fromNpm("@ffprobe-installer/ffprobe")),
      source: "FFMPEG_PATH",
    };
  }
  const ffmpeg = onPath("ffmpeg", searchPath);
  const ffprobe = onPath("ffprobe", searchPath);
  if (ffmpeg && ffprobe) return { ffmpeg, ffprobe, source: "PATH" };
  return { ffmpeg: fromNpm("@ffmpeg-installer/ffmpeg"), ffprobe: fromNpm("@ffprobe-installer/ffprobe"), source: "npm" };
}

let cached: Binaries | undefined;

/** The binaries for this process, resolved once. */
export function binaries(): Binaries {
  cached ??= resolveBinaries();
  return cached;
}
