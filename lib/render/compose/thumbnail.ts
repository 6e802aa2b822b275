import "server-only";
import { runFfmpeg, type RunOptions } from "@/lib/render/ffmpeg";
import { mediaInput } from "./assemble";

/** A JPEG of the frame at `atSeconds` (default the first frame), at the video's size; `mp4` may be an ffconcat list. */
export async function thumbnail(mp4: string, out: string, opts: RunOptions & { atSeconds?: number } = {}): Promise<void> {
  const seek = opts.atSeconds ? ["-ss", opts.atSeconds.toFixed(3)] : [];
  await runFfmpeg([...seek, ...mediaInput(mp4), "-frames:v", "1", "-q:v", "3", "-y", out], opts);
}
