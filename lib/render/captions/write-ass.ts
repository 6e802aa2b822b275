import { CAPTION_FACES, captionScript, captionScripts, type CaptionScript } from "./caption-font";
import { CAPTION_STYLE } from "./caption-style";
import { assTime } from "./timestamps";
import type { Cue } from "./types";

// Braces start override blocks and a backslash starts a tag in ASS text; neither may come from speech.
const escape = (s: string) => s.replace(/\\/g, "\u29F5").replace(/\{/g, "(").replace(/\}/g, ")");

// Latin keeps the historical style name; every other script has a style of its own, named after it.
const styleName = (script: CaptionScript) => (script === "latin" ? "Default" : script);

// A right-to-left mark opens each line: libass takes a line's direction from its first strong character
// (with Encoding -1), so "Hello مرحبا!" still reads from the right with the "!" at its left end.
const RLM = "\u200F";

export type AssOptions = {
  /** The voice's language ("Japanese", "ja-JP"): decides whether captions in Han alone use Japanese or Chinese glyphs. */
  language?: string;
};

const cueText = (c: Cue) => c.lines.join(" ");

/** The scripts writeAss gives styles to: the fonts a burn-in of these cues needs (fontsDir). */
export function assScripts(cues: Cue[], opts: AssOptions = {}): CaptionScript[] {
  return captionScripts(cues.map(cueText), opts.language);
}

/**
 * Advanced SubStation Alpha for burn-in: PlayRes = the output size, so sizes are in output pixels; bold sans,
 * white with a black outline and shadow, bottom-centred inside a safe margin. Each cue uses the style of the
 * script it is written in (Geist for Latin, Noto Sans for CJK, Arabic, Devanagari: see caption-font.ts).
 */
export function writeAss(cues: Cue[], size: { width: number; height: number }, opts: AssOptions = {}): string {
  const { width: W, height: H } = size;
  const outline = Math.max(1, Math.round(H * CAPTION_STYLE.outline));
  const shadow = Math.max(0, Math.round(H * CAPTION_STYLE.shadow));
  const marginX = Math.round(W * CAPTION_STYLE.marginX);
  const marginV = Math.round(H * CAPTION_STYLE.marginBottom);
  const scripts = assScripts(cues, opts);
  const styles = (scripts.includes("latin") ? scripts : ["latin" as const, ...scripts]).map((script) => {
    const face = CAPTION_FACES[script];
    const fontSize = Math.round(H * CAPTION_STYLE.fontSize * face.scale);
    // Encoding -1 lets libass find each line's direction (see RLM); 1 is the default character set.
    return `Style: ${styleName(script)},${face.family},${fontSize},&H00FFFFFF,&H00FFFFFF,&H00000000,&H80000000,-1,0,0,0,100,100,0,0,1,${outline},${shadow},2,${marginX},${marginX},${marginV},${face.rtl ? -1 : 1}`;
  });
  const header = [
    "[Script Info]",
    "ScriptType: v4.00+",
    `PlayResX: ${W}`,
    `PlayResY: ${H}`,
    "WrapStyle: 0",
    "ScaledBorderAndShadow: yes",
    "",
    "[V4+ Styles]",
    "Format: Name, Fontname, Fontsize, PrimaryColour, SecondaryColour, OutlineColour, BackColour, Bold, Italic, Underline, StrikeOut, ScaleX, ScaleY, Spacing, Angle, BorderStyle, Outline, Shadow, Alignment, MarginL, MarginR, MarginV, Encoding",
    ...styles,
    "",
    "[Events]",
    "Format: Layer, Start, End, Style, Name, MarginL, MarginR, MarginV, Effect, Text",
  ];
  const events = cues.map((c) => {
    const script = captionScript(cueText(c), opts.language);
    const lines = c.lines.map((l) => (CAPTION_FACES[script].rtl ? RLM : "") + escape(l));
    return `Dialogue: 0,${assTime(c.start)},${assTime(c.end)},${styleName(script)},,0,0,0,,${lines.join("\\N")}`;
  });
  return [...header, ...events, ""].join("\n");
}
