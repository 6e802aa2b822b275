import type { Viseme } from "../types";

// Mouth art for every Rhubarb shape, drawn around (0, 0) = the centre of the lips, about 40 units wide.
// Shapes follow Rhubarb's README: A closed (M B P), B slightly open with clenched teeth, C open (EH AE),
// D wide open (AA), E rounded (AO ER), F puckered (UW OW W), G upper teeth on lower lip (F V),
// H tongue raised (L), X relaxed rest.
export type MouthColors = { lip: string; line: string; inside: string; teeth: string; tongue: string };

// An opening filled with the mouth's inside, teeth clipped to it, framed by the lip line.
function opening(id: string, c: MouthColors, outline: string, inner: string, lowerLip = ""): string {
  return `<defs><clipPath id="mouth-clip-${id}"><path d="${outline}"/></clipPath></defs>` +
    lowerLip +
    `<path d="${outline}" fill="${c.inside}"/>` +
    `<g clip-path="url(#mouth-clip-${id})">${inner}</g>` +
    `<path d="${outline}" fill="none" stroke="${c.line}" stroke-width="2.2" stroke-linejoin="round"/>`;
}

function lowerLip(c: MouthColors, y: number, w: number): string {
  return `<path d="M ${-w} ${y - 2} Q 0 ${y + 9} ${w} ${y - 2} Q 0 ${y + 3} ${-w} ${y - 2} Z" fill="${c.lip}"/>`;
}

export function mouthSvg(shape: Viseme, c: MouthColors): string {
  const teethTop = (y: number) => `<rect x="-30" y="-20" width="60" height="${20 + y}" fill="${c.teeth}"/>`;
  const tongue = (cy: number, rx: number, ry: number) =>
    `<ellipse cx="0" cy="${cy}" rx="${rx}" ry="${ry}" fill="${c.tongue}"/>`;
  switch (shape) {
    case "A":
      return `<path d="M -15 -1 Q 0 -3 15 -1 Q 0 6 -15 -1 Z" fill="${c.lip}"/>` +
        `<path d="M -16 0 Q 0 1.5 16 0" fill="none" stroke="${c.line}" stroke-width="3" stroke-linecap="round"/>`;
    case "X":
      return `<path d="M -13 3 Q 0 7 13 3" fill="none" stroke="${c.lip}" stroke-width="4" stroke-linecap="round"/>` +
        `<path d="M -16 -1 Q 0 6 16 -1" fill="none" stroke="${c.line}" stroke-width="2.6" stroke-linecap="round"/>`;
    case "B":
      return opening("B", c, "M -18 -1 C -8 -5 8 -5 18 -1 C 10 8 -10 8 -18 -1 Z",
        `${teethTop(1.5)}<rect x="-30" y="2.5" width="60" height="10" fill="${c.teeth}" fill-opacity="0.85"/>`,
        lowerLip(c, 7, 14));
    case "C":
      return opening("C", c, "M -19 -2 C -8 -7 8 -7 19 -2 C 12 14 -12 14 -19 -2 Z",
        `${teethTop(-1)}${tongue(12, 11, 5)}`, lowerLip(c, 12, 14));
    case "D":
      return opening("D", c, "M -21 -3 C -9 -9 9 -9 21 -3 C 15 24 -15 24 -21 -3 Z",
        `${teethTop(-2)}${tongue(19, 13, 7)}`, lowerLip(c, 20, 15));
    case "E":
      return opening("E", c, "M -14 -2 C -7 -8 7 -8 14 -2 C 13 15 -13 15 -14 -2 Z",
        `${teethTop(-3)}${tongue(13, 8, 4)}`, lowerLip(c, 13, 11));
    case "F":
      return `<ellipse cx="0" cy="2" rx="10" ry="9" fill="${c.lip}"/>` +
        `<ellipse cx="0" cy="2" rx="5.5" ry="5" fill="${c.inside}"/>` +
        `<ellipse cx="0" cy="2" rx="10" ry="9" fill="none" stroke="${c.line}" stroke-width="2"/>`;
    case "G":
      return `<path d="M -15 4 Q 0 12 15 4 Q 0 7 -15 4 Z" fill="${c.lip}"/>` +
        opening("G", c, "M -17 -2 C -8 -6 8 -6 17 -2 C 8 5 -8 5 -17 -2 Z", teethTop(3));
    case "H":
      return opening("H", c, "M -18 -2 C -8 -7 8 -7 18 -2 C 12 13 -12 13 -18 -2 Z",
        `${tongue(14, 11, 5)}<ellipse cx="0" cy="0" rx="7" ry="5" fill="${c.tongue}"/>${teethTop(-3)}`,
        lowerLip(c, 11, 13));
  }
}
