import "server-only";
import { ownFileInput, runFfmpeg, type RunOptions } from "@/lib/render/ffmpeg";

/** When a video's thumbnail is taken: one second in, or halfway through a shorter video. */
export const thumbnailSeconds = (duration: number) => Math.min(1, duration / 2);

/** A JPEG of the frame at `atSeconds` (default the first frame), at the video's size; `mp4` may be an ffconcat list. */
export async function thumbnail(mp4: string, out: string, opts: RunOptions & { atSeconds?: number } = {}): Promise<void> {
  // Output seeking (decode, then drop frames up to the time): ffmpeg 5.1's concat demuxer, asked to seek the input
  // of a one-segment list shorter than about 2 s, yields no frame at all and still exits 0 (no thumbnail).
  const seek = opts.atSeconds ? ["-ss", opts.atSeconds.toFixed(3)] : [];
  await runFfmpeg([...ownFileInput(mp4), ...seek, "-frames:v", "1", "-q:v", "3", "-y", out], opts);
}
