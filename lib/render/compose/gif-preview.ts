import "server-only";
import { ownFileInput, runFfmpeg, type RunOptions } from "@/lib/render/ffmpeg";
import { overChecker } from "./alpha";
import { alphaDecoder } from "./thumbnail";

export const GIF_SECONDS = 3;
const GIF_FPS = 10;

/**
 * The GIF's frames from `[input]` to `[output]`: 10 fps, `width` px wide, with a palette made for these frames. A
 * picture with alpha (`alpha`: its size) is laid over grey squares first.
 */
export function gifGraph(input: string, output: string, width = 320, alpha?: { width: number; height: number }): string {
  const palette = `split[gifa][gifb];[gifa]palettegen=stats_mode=diff[gifp];[gifb][gifp]paletteuse=dither=bayer:bayer_scale=4[${output}]`;
  if (!alpha) return `[${input}]fps=${GIF_FPS},scale=${width}:-2:flags=lanczos,${palette}`;
  // The height scale=W:-2 would choose, so the squares can be drawn at the GIF's size.
  const height = 2 * Math.round((width * alpha.height) / (2 * alpha.width));
  return [
    `[${input}]fps=${GIF_FPS},scale=${width}:${height}:flags=lanczos[gifs]`,
    overChecker("gifs", "gifc", { width, height, fps: GIF_FPS }),
    `[gifc]${palette}`,
  ].join(";");
}

/**
 * The first `seconds` (default 3) as a 320 px wide GIF at 10 fps, with a palette made for these frames; `video`
 * may be an ffconcat list. `alpha`: the video is a VP9 with alpha (a WebM) of this size, shown over grey squares.
 */
export async function gifPreview(
  video: string,
  out: string,
  opts: RunOptions & { seconds?: number; width?: number; alpha?: { width: number; height: number } } = {},
): Promise<void> {
  await runFfmpeg(
    [
      "-t",
      String(opts.seconds ?? GIF_SECONDS),
      ...alphaDecoder(opts.alpha !== undefined),
      ...ownFileInput(video),
      "-filter_complex",
      gifGraph("0:v", "gif", opts.width, opts.alpha),
      "-map",
      "[gif]",
      "-loop",
      "0",
      "-y",
      out,
    ],
    opts,
  );
}
