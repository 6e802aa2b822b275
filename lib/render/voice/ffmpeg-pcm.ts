import "server-only";
import { spawn } from "node:child_process";
import { binaries } from "@/lib/render/binaries";
import { RenderFailure } from "@/lib/render/failure";
import { SAMPLE_RATE } from "./types";

export type FfmpegPcmInput =
  // Raw 16-bit mono PCM from an engine, piped in.
  | { pcm: Int16Array; sampleRate: number }
  // A local file (a download or a stored asset); ffmpeg may read local files only.
  | { file: string };

export type FfmpegPcmOptions = { filters?: string; timeoutMs?: number; signal?: AbortSignal };

export class FfmpegError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "FfmpegError";
  }
}

// Decodes (and filters) the input into 48 kHz mono s16le PCM held in memory. A voice is at most a few
// minutes, so the buffer stays in the tens of MB.
export function ffmpegPcm(input: FfmpegPcmInput, options: FfmpegPcmOptions = {}): Promise<Int16Array> {
  const { timeoutMs = 120_000, signal } = options;
  const source =
    "pcm" in input ? ["-f", "s16le", "-ar", String(input.sampleRate), "-ac", "1", "-i", "pipe:0"] : ["-i", `file:${input.file}`];
  const filters = options.filters ? ["-af", options.filters] : [];
  const args = ["-hide_banner", "-nostdin", "-loglevel", "error", "-protocol_whitelist", "file,pipe", ...source, "-vn", "-sn", "-dn"];
  args.push(...filters, "-ac", "1", "-ar", String(SAMPLE_RATE), "-f", "s16le", "-acodec", "pcm_s16le", "pipe:1");
  // -nostdin would close stdin; for piped PCM ffmpeg must read it.
  if ("pcm" in input) args.splice(args.indexOf("-nostdin"), 1);
  return new Promise((resolve, reject) => {
    const child = spawn(binaries().ffmpeg, args, { stdio: ["pipe", "pipe", "pipe"] });
    const chunks: Buffer[] = [];
    let stderr = "";
    let failure: Error | null = null;
    const stop = (error: Error) => {
      failure ??= error;
      child.kill("SIGKILL");
    };
    const timer = setTimeout(() => stop(new RenderFailure("render_timeout", `ffmpeg took longer than ${timeoutMs / 1000} s`, false)), timeoutMs);
    const onAbort = () => stop(new RenderFailure("cancelled", "The render was cancelled.", true));
    signal?.addEventListener("abort", onAbort, { once: true });
    child.stdout.on("data", (chunk: Buffer) => chunks.push(chunk));
    child.stderr.on("data", (chunk: Buffer) => (stderr = (stderr + chunk.toString()).slice(-4000)));
    child.on("error", (error: NodeJS.ErrnoException) =>
      stop(error.code === "ENOENT" ? new Error(`ffmpeg was not found at ${binaries().ffmpeg}; set FFMPEG_PATH.`) : error),
    );
    child.on("close", (code) => {
      clearTimeout(timer);
      signal?.removeEventListener("abort", onAbort);
      if (failure) return reject(failure);
      if (code !== 0) return reject(new FfmpegError(stderr.trim().split("\n").pop() || `ffmpeg exited with ${code}`));
      const all = Buffer.concat(chunks);
      // Copy into an aligned buffer: Buffer.concat may return a slice of the shared pool at an odd offset.
      const pcm = new Int16Array(Math.floor(all.length / 2));
      Buffer.from(pcm.buffer).set(all.subarray(0, pcm.length * 2));
      resolve(pcm);
    });
    child.stdin.on("error", () => {}); // ffmpeg may exit before reading everything; close reports why.
    if ("pcm" in input) child.stdin.end(Buffer.from(input.pcm.buffer, input.pcm.byteOffset, input.pcm.byteLength));
    else child.stdin.end();
    if (signal?.aborted) onAbort();
  });
}
