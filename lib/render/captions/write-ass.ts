import { CAPTION_STYLE } from "./caption-style";
import { assTime } from "./timestamps";
import type { Cue } from "./types";

// Braces start override blocks and a backslash starts a tag in ASS text; neither may come from speech.
const escape = (s: string) => s.replace(/\\/g, "\u29F5").replace(/\{/g, "(").replace(/\}/g, ")");

/**
 * Advanced SubStation Alpha for burn-in: PlayRes = the output size, so sizes are in output pixels; bold sans,
 * white with a black outline and shadow, bottom-centred inside a safe margin.
 */
export function writeAss(cues: Cue[], size: { width: number; height: number }, font = CAPTION_STYLE.font): string {
  const { width: W, height: H } = size;
  const fontSize = Math.round(H * CAPTION_STYLE.fontSize);
  const outline = Math.max(1, Math.round(H * CAPTION_STYLE.outline));
  const shadow = Math.max(0, Math.round(H * CAPTION_STYLE.shadow));
  const marginX = Math.round(W * CAPTION_STYLE.marginX);
  const marginV = Math.round(H * CAPTION_STYLE.marginBottom);
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
    `Style: Default,${font},${fontSize},&H00FFFFFF,&H00FFFFFF,&H00000000,&H80000000,-1,0,0,0,100,100,0,0,1,${outline},${shadow},2,${marginX},${marginX},${marginV},1`,
    "",
    "[Events]",
    "Format: Layer, Start, End, Style, Name, MarginL, MarginR, MarginV, Effect, Text",
  ];
  const events = cues.map((c) => `Dialogue: 0,${assTime(c.start)},${assTime(c.end)},Default,,0,0,0,,${c.lines.map(escape).join("\\N")}`);
  return [...header, ...events, ""].join("\n");
}
