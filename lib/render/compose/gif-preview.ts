import "server-only";
import { ownFileInput, runFfmpeg, type RunOptions } from "@/lib/render/ffmpeg";
import { overChecker } from "./alpha";
import { alphaDecoder } from "./thumbnail";

export const GIF_SECONDS = 3;

/**
 * The GIF's frames from a picture stream: 10 fps, `width` px wide, with a palette made for these frames; a picture
 * with alpha (`alpha`) over grey squares.
 */
export function gifFilter(width = 320, alpha = false): string {
  const still = alpha ? `${overChecker("gifc")},` : "";
  return `fps=10,scale=${width}:-2:flags=lanczos,${still}split[gifa][gifb];[gifa]palettegen=stats_mode=diff[gifp];[gifb][gifp]paletteuse=dither=bayer:bayer_scale=4`;
}

/**
 * The first `seconds` (default 3) as a 320 px wide GIF at 10 fps, with a palette made for these frames; `video`
 * may be an ffconcat list. `alpha`: the video is a VP9 with alpha (a WebM), shown over grey squares.
 */
export async function gifPreview(
  video: string,
  out: string,
  opts: RunOptions & { seconds?: number; width?: number; alpha?: boolean } = {},
): Promise<void> {
  await runFfmpeg(
    [
      "-t",
      String(opts.seconds ?? GIF_SECONDS),
      ...alphaDecoder(opts.alpha),
      ...ownFileInput(video),
      "-filter_complex",
      `[0:v]${gifFilter(opts.width, opts.alpha)}`,
      "-loop",
      "0",
      "-y",
      out,
    ],
    opts,
  );
}
