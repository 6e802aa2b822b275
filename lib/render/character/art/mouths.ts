import type { Viseme } from "../types";

// Mouth art for every Rhubarb shape, drawn around (0, 0) = the centre of the lips, about 40 units wide.
// Shapes follow Rhubarb's README: A closed (M B P), B slightly open with clenched teeth, C open (EH AE),
// D wide open (AA), E rounded (AO ER), F puckered (UW OW W), G upper teeth on lower lip (F V),
// H tongue raised (L), X relaxed rest. No clip paths: teeth and tongue are crescents that follow the
// opening's own curves (resvg cannot draw a clipped group that lies outside a partial view).
export type MouthColors = { lip: string; line: string; inside: string; teeth: string; tongue: string };

// An opening from corner (-w, 0) to (w, 0): upper lip curve lifted by `up`, lower lip curve down by `down`.
type Opening = { w: number; up: number; down: number };

const upper = (o: Opening, dy = 0) => `C ${-o.w * 0.45} ${o.up + dy} ${o.w * 0.45} ${o.up + dy} ${o.w} 0`;
const upperBack = (o: Opening, dy: number) => `C ${o.w * 0.45} ${o.up + dy} ${-o.w * 0.45} ${o.up + dy} ${-o.w} 0`;
const lower = (o: Opening, dy = 0) => `C ${o.w * 0.65} ${o.down - dy} ${-o.w * 0.65} ${o.down - dy} ${-o.w} 0`;
const lowerForward = (o: Opening, dy: number) => `C ${-o.w * 0.65} ${o.down - dy} ${o.w * 0.65} ${o.down - dy} ${o.w} 0`;
const outline = (o: Opening) => `M ${-o.w} 0 ${upper(o)} ${lower(o)} Z`;
// Crescents inside the opening: along the upper lip (teeth) and along the lower lip (tongue, lower teeth).
const upperBand = (o: Opening, depth: number) => `M ${-o.w} 0 ${upper(o)} ${upperBack(o, depth)} Z`;
const lowerBand = (o: Opening, depth: number) => `M ${-o.w} 0 ${lowerForward(o, depth)} ${lower(o)} Z`;

function opening(c: MouthColors, o: Opening, inner: string, lowerLip = ""): string {
  return (
    lowerLip +
    `<path d="${outline(o)}" fill="${c.inside}"/>` +
    inner +
    `<path d="${outline(o)}" fill="none" stroke="${c.line}" stroke-width="2.2" stroke-linejoin="round"/>`
  );
}

function lowerLip(c: MouthColors, y: number, w: number): string {
  return `<path d="M ${-w} ${y - 2} Q 0 ${y + 9} ${w} ${y - 2} Q 0 ${y + 3} ${-w} ${y - 2} Z" fill="${c.lip}"/>`;
}

export function mouthSvg(shape: Viseme, c: MouthColors): string {
  const fill = (d: string, color: string) => `<path d="${d}" fill="${color}"/>`;
  switch (shape) {
    case "A":
      return (
        `<path d="M -15 -1 Q 0 -3 15 -1 Q 0 6 -15 -1 Z" fill="${c.lip}"/>` +
        `<path d="M -16 0 Q 0 1.5 16 0" fill="none" stroke="${c.line}" stroke-width="3" stroke-linecap="round"/>`
      );
    case "X":
      return (
        `<path d="M -13 3 Q 0 7 13 3" fill="none" stroke="${c.lip}" stroke-width="4" stroke-linecap="round"/>` +
        `<path d="M -16 -1 Q 0 6 16 -1" fill="none" stroke="${c.line}" stroke-width="2.6" stroke-linecap="round"/>`
      );
    case "B": {
      const o = { w: 18, up: -5, down: 9 };
      return opening(c, o, fill(upperBand(o, 4.5), c.teeth) + fill(lowerBand(o, 3.5), c.teeth), lowerLip(c, 7, 14));
    }
    case "C": {
      const o = { w: 19, up: -7, down: 16 };
      return opening(c, o, fill(upperBand(o, 5), c.teeth) + fill(lowerBand(o, 5), c.tongue), lowerLip(c, 12, 14));
    }
    case "D": {
      const o = { w: 21, up: -9, down: 26 };
      return opening(c, o, fill(upperBand(o, 6), c.teeth) + fill(lowerBand(o, 8), c.tongue), lowerLip(c, 20, 15));
    }
    case "E": {
      const o = { w: 14, up: -8, down: 18 };
      return opening(c, o, fill(upperBand(o, 4), c.teeth) + fill(lowerBand(o, 5), c.tongue), lowerLip(c, 13, 11));
    }
    case "F":
      return (
        `<ellipse cx="0" cy="2" rx="10" ry="9" fill="${c.lip}"/>` +
        `<ellipse cx="0" cy="2" rx="5.5" ry="5" fill="${c.inside}"/>` +
        `<ellipse cx="0" cy="2" rx="10" ry="9" fill="none" stroke="${c.line}" stroke-width="2"/>`
      );
    case "G": {
      const o = { w: 17, up: -6, down: 6 };
      return `<path d="M -15 4 Q 0 12 15 4 Q 0 7 -15 4 Z" fill="${c.lip}"/>` + opening(c, o, fill(upperBand(o, 9), c.teeth));
    }
    case "H": {
      const o = { w: 18, up: -7, down: 15 };
      return opening(
        c,
        o,
        fill(lowerBand(o, 5), c.tongue) +
          fill(upperBand(o, 3.5), c.teeth) +
          `<ellipse cx="0" cy="-1" rx="6.5" ry="3.5" fill="${c.tongue}"/>`,
        lowerLip(c, 11, 13),
      );
    }
  }
}
