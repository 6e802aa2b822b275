import "server-only";
import { ownFileInput, runFfmpeg, type RunOptions } from "@/lib/render/ffmpeg";
import { overChecker } from "./alpha";

/** When a video's thumbnail is taken: one second in, or halfway through a shorter video. */
export const thumbnailSeconds = (duration: number) => Math.min(1, duration / 2);

/** Input options that keep a VP9 picture's alpha: ffmpeg's own vp9 decoder drops it, libvpx's reads it. */
export const alphaDecoder = (alpha: boolean) => (alpha ? ["-c:v", "libvpx-vp9"] : []);

/**
 * A JPEG of the frame at `atSeconds` (default the first frame), at the video's size; `video` may be an ffconcat
 * list. `alpha`: the video is a VP9 with alpha (a WebM) of this size, shown over grey squares.
 */
export async function thumbnail(
  video: string,
  out: string,
  opts: RunOptions & { atSeconds?: number; alpha?: { width: number; height: number } } = {},
): Promise<void> {
  // Output seeking (decode, then drop frames up to the time): ffmpeg 5.1's concat demuxer, asked to seek the input
  // of a one-segment list shorter than about 2 s, yields no frame at all and still exits 0 (no thumbnail). With
  // alpha the frame is picked inside the graph the same way (trim), before it is laid over the squares.
  const at = opts.atSeconds ? opts.atSeconds.toFixed(3) : undefined;
  const pick = opts.alpha
    ? [
        "-filter_complex",
        `[0:v]${at ? `trim=start=${at},` : ""}setpts=PTS-STARTPTS,trim=end_frame=1[pic];${overChecker("pic", "thumb", opts.alpha)}`,
        "-map",
        "[thumb]",
      ]
    : at
      ? ["-ss", at]
      : [];
  await runFfmpeg(
    [...alphaDecoder(opts.alpha !== undefined), ...ownFileInput(video), ...pick, "-frames:v", "1", "-q:v", "3", "-y", out],
    opts,
  );
}
