import "server-only";
import { ownFileInput, runFfmpeg, type RunOptions } from "@/lib/render/ffmpeg";

export const GIF_SECONDS = 3;

/** The GIF's frames from a picture stream: 10 fps, `width` px wide, with a palette made for these frames. */
export function gifFilter(width = 320): string {
  return `fps=10,scale=${width}:-2:flags=lanczos,split[gifa][gifb];[gifa]palettegen=stats_mode=diff[gifp];[gifb][gifp]paletteuse=dither=bayer:bayer_scale=4`;
}

/** The first `seconds` (default 3) as a 320 px wide GIF at 10 fps, with a palette made for these frames; `mp4` may be an ffconcat list. */
export async function gifPreview(mp4: string, out: string, opts: RunOptions & { seconds?: number; width?: number } = {}): Promise<void> {
  await runFfmpeg(
    [
      "-t",
      String(opts.seconds ?? GIF_SECONDS),
      ...ownFileInput(mp4),
      "-filter_complex",
      `[0:v]${gifFilter(opts.width)}`,
      "-loop",
      "0",
      "-y",
      out,
    ],
    opts,
  );
}
