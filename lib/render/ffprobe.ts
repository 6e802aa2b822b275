import "server-only";
import { execFile } from "node:child_process";
import { binaries } from "./binaries";

export type ProbeResult = { width: number; height: number; duration: number; hasAudio: boolean; fps: number };

type Stream = { codec_type?: string; width?: number; height?: number; avg_frame_rate?: string; r_frame_rate?: string; duration?: string };

function rate(r: string | undefined): number {
  const [n = 0, d = 0] = (r ?? "0/1").split("/").map(Number);
  return d ? n / d : 0;
}

/** Size, duration, frame rate and audio presence of a local media file. */
export function ffprobe(file: string, opts: { ffprobe?: string; timeoutMs?: number } = {}): Promise<ProbeResult> {
  const bin = opts.ffprobe ?? binaries().ffprobe;
  const args = ["-v", "error", "-protocol_whitelist", "file,pipe", "-print_format", "json", "-show_format", "-show_streams", file];
  return new Promise((resolve, reject) => {
    execFile(bin, args, { timeout: opts.timeoutMs ?? 30_000, maxBuffer: 8 << 20 }, (err, stdout, stderr) => {
      if (err) return reject(new Error(`ffprobe could not read ${file}: ${(stderr || err.message).trim().slice(-2000)}`));
      const info = JSON.parse(stdout) as { streams?: Stream[]; format?: { duration?: string } };
      const video = info.streams?.find((s) => s.codec_type === "video");
      const fps = rate(video?.avg_frame_rate) || rate(video?.r_frame_rate);
      resolve({
        width: video?.width ?? 0,
        height: video?.height ?? 0,
        duration: Number(info.format?.duration ?? video?.duration ?? 0) || 0,
        hasAudio: Boolean(info.streams?.some((s) => s.codec_type === "audio")),
        fps,
      });
    });
  });
}
