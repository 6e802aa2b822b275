import "server-only";
import { createHash, randomUUID } from "node:crypto";
import { existsSync, mkdirSync, renameSync, rmSync, symlinkSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { cacheDir } from "@/lib/render/cache-dir";
import { CAPTION_FACES, type CaptionScript } from "@/lib/render/captions/caption-font";

// Geist Bold (SIL OFL 1.1, copied from the `geist` npm package): a TTF, because the npm ffmpeg 4.1's libass
// and freetype cannot open WOFF2.
// Next's server bundle has no import.meta.dirname (the web server renders presenter previews); the product
// always runs from the repository root.
const FONTS_DIR = path.join(import.meta.dirname ?? path.join(process.cwd(), "lib", "render"), "font-files");

/** The TTF drawtext uses for the TEST watermark; its family name is what .ass styles reference. */
export const CAPTION_FONT = { file: path.join(FONTS_DIR, "Geist-Bold.ttf"), family: "Geist", bold: true } as const;

// Noto Sans Bold for the scripts Geist lacks, read where npm installed them (OFL 1.1; TTF for the same reason).
// Found through each package's package.json and joined at run time, so Next's bundler never tries to bundle
// a font file when a route imports the engine.
const NOTO: Record<Exclude<CaptionScript, "latin">, [pkg: string, file: string]> = {
  ja: ["@expo-google-fonts/noto-sans-jp", "700Bold/NotoSansJP_700Bold.ttf"],
  zh: ["@expo-google-fonts/noto-sans-sc", "700Bold/NotoSansSC_700Bold.ttf"],
  ko: ["@expo-google-fonts/noto-sans-kr", "700Bold/NotoSansKR_700Bold.ttf"],
  arabic: ["@expo-google-fonts/noto-sans-arabic", "700Bold/NotoSansArabic_700Bold.ttf"],
  devanagari: ["@expo-google-fonts/noto-sans-devanagari", "700Bold/NotoSansDevanagari_700Bold.ttf"],
};

const ALL = Object.keys(CAPTION_FACES) as CaptionScript[];
const require = createRequire(import.meta.url);

/** The font file that draws a script's captions. */
function captionFontFile(script: CaptionScript): string {
  if (script === "latin") return CAPTION_FONT.file;
  const [pkg, file] = NOTO[script];
  return path.join(path.dirname(require.resolve(`${pkg}/package.json`)), file);
}

// libass reads every file of its fontsdir into memory on each run, and the CJK fonts are 5 to 10 MB each, so
// each set of scripts gets a folder of links to just its fonts, named by their paths. The folder is built
// beside and renamed into place, so workers racing to make it all end up with a whole one.
function linkFolder(files: string[]): string {
  const dir = path.join(cacheDir("fonts"), createHash("sha256").update(files.join("\n")).digest("hex").slice(0, 16));
  if (existsSync(dir)) return dir;
  const tmp = `${dir}.${randomUUID()}.tmp`;
  mkdirSync(tmp, { recursive: true });
  try {
    for (const file of files) symlinkSync(file, path.join(tmp, path.basename(file)));
    renameSync(tmp, dir);
  } catch (err) {
    if (!existsSync(dir)) throw err;
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
  return dir;
}

const folders = new Map<string, string>();

/**
 * The folder handed to libass as fontsdir: Geist plus the Noto fonts of the given scripts (default: every
 * script). Latin alone is the folder in this repository; other sets are folders of links in the cache.
 */
export function fontsDir(scripts: readonly CaptionScript[] = ALL): string {
  if (scripts.every((s) => s === "latin")) return FONTS_DIR;
  const files = ALL.filter((s) => s === "latin" || scripts.includes(s)).map(captionFontFile);
  const key = files.join("\n");
  let dir = folders.get(key);
  if (!dir) folders.set(key, (dir = linkFolder(files)));
  return dir;
}
