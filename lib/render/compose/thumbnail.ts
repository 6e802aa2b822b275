import "server-only";
import { runFfmpeg, type RunOptions } from "@/lib/render/ffmpeg";
import { mediaInput } from "./assemble";

/** A JPEG of the frame at `atSeconds` (default the first frame), at the video's size; `mp4` may be an ffconcat list. */
export async function thumbnail(mp4: string, out: string, opts: RunOptions & { atSeconds?: number } = {}): Promise<void> {
  // Output seeking (decode up to the frame): the concat demuxer cannot seek into a segment whose only
  // keyframe is at its start, and the thumbnail is taken within the first second or two.
  const seek = opts.atSeconds ? ["-ss", opts.atSeconds.toFixed(3)] : [];
  await runFfmpeg([...mediaInput(mp4), ...seek, "-frames:v", "1", "-q:v", "3", "-y", out], opts);
}
