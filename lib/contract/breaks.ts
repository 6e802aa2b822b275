// `<break time="1s"/>` and `<break time="500ms"/>` inside input_text are pauses: never spoken, never
// captioned. A break tag whose time cannot be read is still removed (a pause of 0 s), so markup never
// reaches the speech engine or the captions.

export type TextSegment = { type: "text"; text: string } | { type: "pause"; seconds: number };

const breakTag = /<break\b[^>]*>/gi;
const timeAttribute = /\btime\s*=\s*["']?\s*(\d+(?:\.\d+)?|\.\d+)\s*(ms|s)\b/i;

function pauseSeconds(tag: string): number {
  const match = timeAttribute.exec(tag);
  if (!match) return 0;
  const value = Number(match[1]);
  return match[2]!.toLowerCase() === "ms" ? value / 1000 : value;
}

// The text split into what is spoken and the pauses between, in order; empty text pieces are left out.
export function parseBreaks(text: string): TextSegment[] {
  const segments: TextSegment[] = [];
  let last = 0;
  for (const match of text.matchAll(breakTag)) {
    const before = text.slice(last, match.index);
    if (before.trim()) segments.push({ type: "text", text: before });
    segments.push({ type: "pause", seconds: pauseSeconds(match[0]) });
    last = match.index + match[0].length;
  }
  const rest = text.slice(last);
  if (rest.trim()) segments.push({ type: "text", text: rest });
  return segments;
}

// The spoken words only: each tag becomes a space so "one<break/>two" stays two words.
export function stripBreaks(text: string): string {
  return text
    .replace(breakTag, " ")
    .replace(/[ \t]{2,}/g, " ")
    .trim();
}
