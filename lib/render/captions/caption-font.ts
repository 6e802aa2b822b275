import { CAPTION_STYLE } from "./caption-style";

// Which bundled font draws a caption. Geist covers Latin and Cyrillic; the scripts it lacks get a Noto Sans
// family (lib/render/fonts.ts finds the files), each of which also draws Latin. libass falls back to system
// fonts only, never from one bundled font to another, so each cue names the one family that covers its text.

export type CaptionScript = "latin" | "ja" | "zh" | "ko" | "arabic" | "devanagari";

export type CaptionFace = {
  family: string;
  // Font size relative to Geist: Noto Arabic and Devanagari reserve tall lines for their marks, so at the same
  // ASS size their letters come out about two thirds as high as Geist's (measured on rendered frames).
  scale: number;
  // Right-to-left lines get an explicit direction, so a line opening with a Latin word or ending in "." still
  // reads from the right.
  rtl: boolean;
};

export const CAPTION_FACES: Record<CaptionScript, CaptionFace> = {
  latin: { family: CAPTION_STYLE.font, scale: 1, rtl: false },
  ja: { family: "Noto Sans JP", scale: 1, rtl: false },
  zh: { family: "Noto Sans SC", scale: 1, rtl: false },
  ko: { family: "Noto Sans KR", scale: 1, rtl: false },
  arabic: { family: "Noto Sans Arabic", scale: 1.5, rtl: true },
  devanagari: { family: "Noto Sans Devanagari", scale: 1.4, rtl: false },
};

const KANA = /[\p{Script=Hiragana}\p{Script=Katakana}]/u;
const HANGUL = /\p{Script=Hangul}/u;
const HAN = /\p{Script=Han}/u;
const ARABIC = /\p{Script=Arabic}/u;
const DEVANAGARI = /\p{Script=Devanagari}/u;

// Han alone does not tell Japanese from Chinese: the voice's language does ("Japanese", "ja-JP").
const japanese = (language?: string) => /^(ja\b|japanese)/i.test(language ?? "");
const korean = (language?: string) => /^(ko\b|korean)/i.test(language ?? "");

/**
 * The script a caption is written in, by counting its letters: the script with the most letters wins, and
 * text in none of them (Latin, Cyrillic, digits) is Geist's. Kana make CJK text Japanese, Hangul Korean; Han
 * alone is Japanese or Korean only when the voice speaks that language, else Chinese.
 */
export function captionScript(text: string, language?: string): CaptionScript {
  let kana = 0;
  let hangul = 0;
  let han = 0;
  let arabic = 0;
  let devanagari = 0;
  for (const ch of text) {
    if (KANA.test(ch)) kana++;
    else if (HANGUL.test(ch)) hangul++;
    else if (HAN.test(ch)) han++;
    else if (ARABIC.test(ch)) arabic++;
    else if (DEVANAGARI.test(ch)) devanagari++;
  }
  const cjk = kana + hangul + han;
  const most = Math.max(cjk, arabic, devanagari);
  if (most === 0) return "latin";
  if (most === arabic) return "arabic";
  if (most === devanagari) return "devanagari";
  if (kana > 0 && kana >= hangul) return "ja";
  if (hangul > 0) return "ko";
  if (japanese(language)) return "ja";
  if (korean(language)) return "ko";
  return "zh";
}

/** The scripts a set of caption lines needs, in a fixed order: what the burn-in's font folder must hold. */
export function captionScripts(texts: string[], language?: string): CaptionScript[] {
  const used = new Set(texts.map((t) => captionScript(t, language)));
  return (Object.keys(CAPTION_FACES) as CaptionScript[]).filter((s) => used.has(s));
}
