import "server-only";
import { spawn } from "node:child_process";
import { binaries } from "./binaries";

export type RunOptions = {
  timeoutMs?: number;
  signal?: AbortSignal;
  /** Seconds of output written so far, from `-progress pipe:1`. */
  onProgress?: (seconds: number) => void;
  /** Another ffmpeg binary (tests run the npm build through this). */
  ffmpeg?: string;
};

export class FfmpegError extends Error {
  constructor(
    message: string,
    readonly stderrTail: string,
    readonly code: number | null,
  ) {
    super(stderrTail ? `${message}\n${stderrTail}` : message);
    this.name = "FfmpegError";
  }
}

const TAIL = 4000;

/** A local media file and the demuxer that reads it: a sniffed type's, never one ffmpeg guesses. */
export type MediaFile = { path: string; demuxer: string };

/** ffmpeg input arguments for a media file (`file:` so no name is read as a protocol). */
export function mediaFileInput(media: MediaFile): string[] {
  return ["-f", media.demuxer, "-i", `file:${media.path}`];
}

// The engine's own intermediate files, by the extension it gave them.
const OWN_DEMUXERS: Record<string, string[]> = {
  ffconcat: ["-f", "concat", "-safe", "0"],
  wav: ["-f", "wav"],
  mp4: ["-f", "mov"],
  m4a: ["-f", "mov"],
  mov: ["-f", "mov"],
  webm: ["-f", "matroska"],
  opus: ["-f", "ogg"],
  png: ["-f", "png_pipe"],
  jpg: ["-f", "jpeg_pipe"],
};

/** ffmpeg input arguments for a file the engine wrote itself (a segment, a WAV, an ffconcat list of its files). */
export function ownFileInput(file: string): string[] {
  const format = OWN_DEMUXERS[file.slice(file.lastIndexOf(".") + 1)];
  if (!format) throw new Error(`no demuxer is known for ${file}; name the engine's files with an extension it knows`);
  return [...format, "-i", file];
}

/**
 * Every input gets the whitelist (a per-input option, so a URL or playlist inside a file cannot escape) and
 * must name its demuxer with -f: a guessed one may be HLS, which opens any local file a playlist lists.
 */
function withGuards(args: string[]): string[] {
  const out = ["-hide_banner", "-nostdin", "-nostats", "-progress", "pipe:1", "-loglevel", "error"];
  let format = false;
  for (const [i, a] of args.entries()) {
    if (a === "-f") format = true;
    if (a === "-i") {
      if (!format) throw new Error(`ffmpeg input ${args[i + 1]} has no -f; name its demuxer`);
      format = false;
      out.push("-protocol_whitelist", "file,pipe");
    }
    out.push(a);
  }
  return out;
}

function parseOutTime(line: string): number | undefined {
  const m = /^out_time=(-?)(\d+):(\d+):(\d+(?:\.\d+)?)$/.exec(line.trim());
  if (!m || m[1] === "-") return undefined;
  return Number(m[2]) * 3600 + Number(m[3]) * 60 + Number(m[4]);
}

/** Runs ffmpeg with our guards; rejects with the tail of stderr, and kills it on timeout or abort. */
export function runFfmpeg(args: string[], opts: RunOptions = {}): Promise<void> {
  const bin = opts.ffmpeg ?? binaries().ffmpeg;
  return new Promise((resolve, reject) => {
    if (opts.signal?.aborted) return reject(new FfmpegError("ffmpeg was cancelled before it started", "", null));
    const guarded = withGuards(args);
    const child = spawn(bin, guarded, { stdio: ["ignore", "pipe", "pipe"] });
    let stderr = "";
    let pending = "";
    let why: string | undefined;
    const kill = (reason: string) => {
      why ??= reason;
      child.kill("SIGKILL");
    };
    const timer = opts.timeoutMs ? setTimeout(() => kill(`ffmpeg timed out after ${opts.timeoutMs} ms`), opts.timeoutMs) : undefined;
    const onAbort = () => kill("ffmpeg was cancelled");
    opts.signal?.addEventListener("abort", onAbort, { once: true });
    child.stderr.setEncoding("utf8").on("data", (d: string) => {
      stderr = (stderr + d).slice(-TAIL);
    });
    child.stdout.setEncoding("utf8").on("data", (d: string) => {
      const lines = (pending + d).split("\n");
      pending = lines.pop() ?? "";
      for (const line of lines) {
        const t = parseOutTime(line);
        if (t !== undefined) opts.onProgress?.(t);
      }
    });
    const done = () => {
      if (timer) clearTimeout(timer);
      opts.signal?.removeEventListener("abort", onAbort);
    };
    child.on("error", (err) => {
      done();
      reject(new FfmpegError(`could not start ffmpeg (${bin}): ${err.message}`, "", null));
    });
    child.on("close", (code) => {
      done();
      if (why) return reject(new FfmpegError(why, stderr.trim(), code));
      if (code !== 0) return reject(new FfmpegError(`ffmpeg exited with code ${code}`, stderr.trim(), code));
      resolve();
    });
  });
}
