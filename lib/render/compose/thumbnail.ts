import "server-only";
import { runFfmpeg, type RunOptions } from "@/lib/render/ffmpeg";

/** A JPEG of the frame at `atSeconds` (default the first frame), at the video's size. */
export async function thumbnail(mp4: string, out: string, opts: RunOptions & { atSeconds?: number } = {}): Promise<void> {
  const seek = opts.atSeconds ? ["-ss", opts.atSeconds.toFixed(3)] : [];
  await runFfmpeg([...seek, "-i", mp4, "-frames:v", "1", "-q:v", "3", "-y", out], opts);
}
