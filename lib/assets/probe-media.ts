import "server-only";
import { execFile } from "node:child_process";
import { binaries, ffprobePath } from "@/lib/render/binaries";

export type MediaProbe = {
  format: string;
  width: number | null;
  height: number | null;
  // Seconds; null for still images.
  duration: number | null;
  hasVideo: boolean;
  hasAudio: boolean;
};

export class MediaProbeError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "MediaProbeError";
  }
}

type FfprobeStream = {
  codec_type?: string;
  width?: number;
  height?: number;
  duration?: string;
  disposition?: { attached_pic?: number };
  tags?: { rotate?: string };
  side_data_list?: { rotation?: number }[];
};
type FfprobeOutput = { streams?: FfprobeStream[]; format?: { format_name?: string; duration?: string } };

// Kept here for its callers; the lookup itself lives with the other binaries.
export { ffprobePath };

function run(file: string, args: string[], timeoutMs: number): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile(file, args, { timeout: timeoutMs, maxBuffer: 4 * 1024 * 1024, killSignal: "SIGKILL" }, (error, stdout, stderr) => {
      if (!error) return resolve(stdout);
      const err = error as NodeJS.ErrnoException & { killed?: boolean };
      if (err.code === "ENOENT") return reject(new Error(`ffprobe was not found at ${file}; install ffmpeg or set FFMPEG_PATH.`));
      if (err.killed) return reject(new MediaProbeError(`reading it took longer than ${timeoutMs / 1000} s`));
      // ffprobe's last line names the problem ("<file>: Invalid data found when processing input").
      const reason =
        stderr
          .trim()
          .split("\n")
          .pop()
          ?.replace(/^.*?: /, "") || `ffprobe exited with ${err.code ?? "an error"}`;
      reject(new MediaProbeError(reason));
    });
  });
}

const seconds = (value: string | undefined) => {
  const n = Number(value);
  return Number.isFinite(n) && n > 0 ? Math.round(n * 1000) / 1000 : null;
};

// Width, height and duration of a local file read with the named demuxer (its sniffed type's). Naming it
// and allowing only the file protocol means a crafted file cannot make ffprobe fetch URLs or read other
// files (HLS and concat playlists are never tried).
export async function probeMedia(
  file: string,
  { demuxer, timeoutMs = 20_000 }: { demuxer: string; timeoutMs?: number },
): Promise<MediaProbe> {
  const args = [
    "-v",
    "error",
    "-protocol_whitelist",
    "file",
    "-f",
    demuxer,
    "-print_format",
    "json",
    "-show_format",
    "-show_streams",
    `file:${file}`,
  ];
  let parsed: FfprobeOutput;
  try {
    parsed = JSON.parse(await run(binaries().ffprobe, args, timeoutMs)) as FfprobeOutput;
  } catch (error) {
    if (error instanceof SyntaxError) throw new MediaProbeError("ffprobe printed no readable result");
    throw error;
  }
  const streams = parsed.streams ?? [];
  const video = streams.find((s) => s.codec_type === "video" && !s.disposition?.attached_pic);
  const audio = streams.find((s) => s.codec_type === "audio");
  let width = video?.width || null;
  let height = video?.height || null;
  // Phone videos are often stored sideways with a rotation flag; report what a player shows.
  const rotation = Math.abs(Number(video?.side_data_list?.find((d) => d.rotation !== undefined)?.rotation ?? video?.tags?.rotate ?? 0));
  if (rotation % 180 === 90) [width, height] = [height, width];
  return {
    format: parsed.format?.format_name ?? "",
    width,
    height,
    duration: seconds(parsed.format?.duration) ?? seconds(video?.duration ?? audio?.duration),
    hasVideo: !!video,
    hasAudio: !!audio,
  };
}
