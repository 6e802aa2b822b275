import "server-only";
import { runFfmpeg, type RunOptions } from "@/lib/render/ffmpeg";
import { mediaInput } from "./assemble";

/** The first `seconds` (default 3) as a 320 px wide GIF at 10 fps, with a palette made for these frames; `mp4` may be an ffconcat list. */
export async function gifPreview(mp4: string, out: string, opts: RunOptions & { seconds?: number; width?: number } = {}): Promise<void> {
  const graph =
    `[0:v]fps=10,scale=${opts.width ?? 320}:-2:flags=lanczos,split[a][b];` +
    "[a]palettegen=stats_mode=diff[p];[b][p]paletteuse=dither=bayer:bayer_scale=4";
  await runFfmpeg(["-t", String(opts.seconds ?? 3), ...mediaInput(mp4), "-filter_complex", graph, "-loop", "0", "-y", out], opts);
}
