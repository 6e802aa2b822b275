import "server-only";
import path from "node:path";

// Geist Bold (SIL OFL 1.1, copied from the `geist` npm package): a TTF, because the npm ffmpeg 4.1's libass
// and freetype cannot open WOFF2. The folder holds only fonts, so it can be libass's fontsdir as is.
const FONTS_DIR = path.join(import.meta.dirname, "font-files");

/** The folder handed to libass as fontsdir. */
export function fontsDir(): string {
  return FONTS_DIR;
}

/** The TTF drawtext uses for the TEST watermark; its family name is what .ass styles reference. */
export const CAPTION_FONT = { file: path.join(FONTS_DIR, "Geist-Bold.ttf"), family: "Geist", bold: true } as const;
