import "server-only";
import { spawn } from "node:child_process";
import { open } from "node:fs/promises";
import { binaries } from "@/lib/render/binaries";
import { FfmpegError, type MediaFile } from "@/lib/render/ffmpeg";
import { RenderFailure } from "@/lib/render/failure";
import { EnvelopeMeter } from "./envelope";
import { frameDuration, sampleCount } from "./frame-duration";
import { SAMPLE_RATE } from "./types";
import { wavHeader } from "./write-wav";

export type DecodeSource =
  // Raw 16-bit mono PCM from an engine, piped in.
  | { pcm: Int16Array; sampleRate: number }
  // A local file (a download or a stored asset) read with its sniffed type's demuxer; never a guessed one.
  | MediaFile;

export type DecodeOptions = {
  wavPath: string;
  fps: number;
  // Longer input fails with asset_too_large once this much has been decoded (bytes cannot tell: a few KB
  // of MP3 at 8 kbps last minutes).
  maxSeconds: number;
  filters?: string;
  timeoutMs?: number;
  signal?: AbortSignal;
};

export type DecodedWav = { duration: number; samples: number; envelope: number[] };

function ffmpegArgs(source: DecodeSource, filters: string | undefined): string[] {
  const input =
    "pcm" in source
      ? ["-f", "s16le", "-ar", String(source.sampleRate), "-ac", "1", "-i", "pipe:0"]
      : ["-nostdin", "-f", source.demuxer, "-i", `file:${source.path}`];
  return [
    ...["-hide_banner", "-loglevel", "error", "-protocol_whitelist", "file,pipe", ...input, "-vn", "-sn", "-dn"],
    ...(filters ? ["-af", filters] : []),
    ...["-ac", "1", "-ar", String(SAMPLE_RATE), "-f", "s16le", "-acodec", "pcm_s16le", "pipe:1"],
  ];
}

/**
 * Decodes (and filters) the source into a 48 kHz mono WAV at `wavPath`, streamed to disk as ffmpeg writes it
 * (never held in memory), padded with silence to a whole frame of `fps`; measures the loudness envelope
 * on the way.
 */
export async function decodeToWav(source: DecodeSource, opts: DecodeOptions): Promise<DecodedWav> {
  const { timeoutMs = 120_000, signal } = opts;
  const maxSamples = Math.ceil(opts.maxSeconds * SAMPLE_RATE);
  const child = spawn(binaries().ffmpeg, ffmpegArgs(source, opts.filters), { stdio: ["pipe", "pipe", "pipe"] });
  let stderr = "";
  let failure: Error | null = null;
  const stop = (error: Error) => {
    failure ??= error;
    child.kill("SIGKILL");
  };
  const timer = setTimeout(
    () => stop(new RenderFailure("render_timeout", `ffmpeg took longer than ${timeoutMs / 1000} s`, false)),
    timeoutMs,
  );
  const onAbort = () => stop(new RenderFailure("cancelled", "The render was cancelled.", true));
  signal?.addEventListener("abort", onAbort, { once: true });
  const closed = new Promise<number | null>((resolve) => child.on("close", resolve));
  child.on("error", (error: NodeJS.ErrnoException) =>
    stop(error.code === "ENOENT" ? new Error(`ffmpeg was not found at ${binaries().ffmpeg}; set FFMPEG_PATH.`) : error),
  );
  child.stderr.on("data", (chunk: Buffer) => (stderr = (stderr + chunk.toString()).slice(-4000)));
  child.stdin.on("error", () => {}); // ffmpeg may exit before reading everything; close reports why.
  if ("pcm" in source) child.stdin.end(Buffer.from(source.pcm.buffer, source.pcm.byteOffset, source.pcm.byteLength));
  else child.stdin.end();
  if (signal?.aborted) onAbort();

  const wav = await open(opts.wavPath, "w");
  const meter = new EnvelopeMeter();
  let samples = 0;
  let odd: Buffer | null = null; // a sample split across two chunks
  try {
    await wav.write(wavHeader(0));
    for await (const piece of child.stdout as AsyncIterable<Buffer>) {
      const chunk: Buffer = odd ? Buffer.concat([odd, piece]) : piece;
      const whole = chunk.length - (chunk.length % 2);
      odd = whole < chunk.length ? Buffer.from(chunk.subarray(whole)) : null;
      if (samples + whole / 2 > maxSamples) {
        stop(
          new RenderFailure(
            "asset_too_large",
            `The voice lasts longer than ${opts.maxSeconds} s, the most one scene's voice may last; split it across scenes.`,
            true,
          ),
        );
        break;
      }
      // Copied into an aligned array: a Buffer may start at an odd offset of the shared pool.
      const pcm = new Int16Array(whole / 2);
      Buffer.from(pcm.buffer).set(chunk.subarray(0, whole));
      meter.push(pcm);
      samples += pcm.length;
      await wav.write(chunk, 0, whole);
    }
    const code = await closed;
    if (failure) throw failure;
    if (code !== 0) throw new FfmpegError(stderr.trim().split("\n").pop() || `ffmpeg exited with ${code}`, "", code);
    const duration = frameDuration(samples / SAMPLE_RATE, opts.fps);
    const total = sampleCount(duration, SAMPLE_RATE);
    const padding = Buffer.alloc(Math.max(0, total - samples) * 2);
    if (padding.length) await wav.write(padding);
    meter.pushSilence(total - samples);
    await wav.write(wavHeader(total), 0, 44, 0);
    return { duration, samples, envelope: meter.result() };
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener("abort", onAbort);
    if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
    await wav.close();
  }
}
