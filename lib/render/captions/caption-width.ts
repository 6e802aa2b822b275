// Caption text measured in "columns": one column is an average Latin letter of Geist Bold at the caption
// size. CJK ideographs, kana, Hangul syllables and full-width forms are about twice as wide (measured: 1.8),
// so they count 2; combining marks (Devanagari vowel signs, Arabic harakat) and format characters (the
// right-to-left mark) draw on or between letters and count 0. Arabic and Devanagari letters at their scaled
// size (caption-font.ts) come out within 10% of a Latin letter, so they count 1.
// The kana blocks are named as ranges too: the long-vowel mark ー and the middle dot ・ are Script=Common.
const WIDE = /[\p{Script=Han}\p{Script=Hangul}\u3000-\u30FF\u31F0-\u31FF\uFF01-\uFF60\uFFE0-\uFFE6]/u;
const NONE = /[\p{M}\p{Cf}]/u;

// Scripts written without spaces between words, where a line may break between any two characters.
const UNSPACED = /[\p{Script=Han}\u3000-\u30FF\u31F0-\u31FF\uFF01-\uFF60]/u;

// Japanese and Chinese line-breaking rules (kinsoku): what may not open a line (closing brackets, stops,
// small kana, the long-vowel mark) and what may not end one (opening brackets).
const NO_LINE_START = /[、。，．・：；？！）」』】〕〉》ーぁぃぅぇぉっゃゅょゎゕゖァィゥェォッャュョヮヵヶ々〜!),.:;?]/u;
const NO_LINE_END = /[（「『【〔〈《(]/u;

export function textWidth(text: string): number {
  let n = 0;
  for (const ch of text) n += NONE.test(ch) ? 0 : WIDE.test(ch) ? 2 : 1;
  return n;
}

const unspaced = (ch: string | undefined) => ch !== undefined && UNSPACED.test(ch);

/** Two caption words as one string: with a space between them unless either side is CJK. */
export function joinWords(a: string, b: string): string {
  return unspaced(Array.from(a).at(-1)) || unspaced(Array.from(b)[0]) ? a + b : `${a} ${b}`;
}

/**
 * The longest head of a CJK word that still fits on `line` within `columns`, and the rest of the word for
 * the next line; null when the word has no CJK (it breaks at spaces only) or no break point fits.
 */
export function breakWord(line: string, word: string, columns: number): [string, string] | null {
  const chars = Array.from(word);
  if (!chars.some(unspaced)) return null;
  for (let i = chars.length - 1; i > 0; i--) {
    const head = chars.slice(0, i).join("");
    const ok = (unspaced(chars[i - 1]) || unspaced(chars[i])) && !NO_LINE_START.test(chars[i]!) && !NO_LINE_END.test(chars[i - 1]!);
    if (ok && textWidth(line ? joinWords(line, head) : head) <= columns) return [head, chars.slice(i).join("")];
  }
  return null;
}

/** A CJK word too wide for one line, cut into pieces that each fit one; other words are returned whole. */
export function splitWide(word: string, columns: number): string[] {
  const pieces: string[] = [];
  let rest = word;
  for (let cut = breakWord("", rest, columns); textWidth(rest) > columns && cut; cut = breakWord("", rest, columns)) {
    pieces.push(cut[0]);
    rest = cut[1];
  }
  return [...pieces, rest];
}
