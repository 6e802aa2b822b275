import { LIPS, lineAt } from "./face-points";
import { MOUTH_SHAPES } from "./face-rig";
import { paintPolygon } from "./paint-polygon";
import type { Viseme } from "@/lib/render/character/types";
import type { Point } from "./types";
import type { Box, Image } from "./warp";

type Rgb = readonly [number, number, number];
const TEETH: Rgb = [246, 239, 228];
const CAVITY: Rgb = [58, 20, 24];
const TONGUE: Rgb = [178, 84, 92];

const shade = (c: Rgb, k: number): Rgb => [c[0] * k, c[1] * k, c[2] * k];

/**
 * Draws the inside of an open mouth between the warped inner lips: a dark cavity, the upper teeth under the
 * upper lip (the lower ones too for clenched B), the tongue for L (H); darker towards the corners.
 */
export function paintMouthInterior(
  img: Image,
  points: ArrayLike<number>,
  mouth: Viseme,
  mouthWidth: number,
  roll: number,
  clip: Box,
): void {
  const shape = MOUTH_SHAPES[mouth];
  if (shape.gap <= 0) return;
  const p = (i: number): Point => [points[i * 2]!, points[i * 2 + 1]!];
  const upper = LIPS.upperInner.map(p);
  const lower = LIPS.lowerInner.map(p);
  const poly = [...upper, ...[...lower].reverse()];
  const centre: Point = [(p(13)[0] + p(14)[0]) / 2, (p(13)[1] + p(14)[1]) / 2];
  const [c, s] = [Math.cos(roll), Math.sin(roll)];
  const local = (x: number, y: number): Point => [(x - centre[0]) * c + (y - centre[1]) * s, -(x - centre[0]) * s + (y - centre[1]) * c];
  const byU = (pts: Point[]) => pts.map((q) => local(q[0], q[1])).sort((a, b) => a[0] - b[0]);
  const upperLine = byU(upper);
  const lowerLine = byU([upper[0]!, ...lower, upper.at(-1)!]);
  const half = mouthWidth / 2;
  const teeth = 0.13 * mouthWidth;
  const lowerTeeth = 0.08 * mouthWidth;
  const gapMid = lineAt(lowerLine, 0) - lineAt(upperLine, 0);
  paintPolygon(
    img,
    poly,
    (x, y) => {
      const [u, v] = local(x, y);
      const edge = 1 - 0.4 * Math.min(1, (u / half) ** 2);
      const fromTop = v - lineAt(upperLine, u);
      const fromBottom = lineAt(lowerLine, u) - v;
      if (fromTop < teeth) return shade(TEETH, edge * (0.9 + 0.1 * (fromTop / teeth)));
      if (shape.teeth === "both" && fromBottom < lowerTeeth) return shade(TEETH, edge * 0.85);
      if (shape.tongue && fromBottom < 0.45 * gapMid && Math.abs(u) < 0.35 * mouthWidth) return shade(TONGUE, edge);
      return shade(CAVITY, edge);
    },
    clip,
  );
}

/**
 * A closed mouth's lip line: the photo's own mouth (often smiling, teeth showing) is squeezed shut by the warp,
 * and a soft seam in the lips' own colour, darkest on the line itself, hides what is left of its teeth.
 */
export function paintClosedSeam(img: Image, points: ArrayLike<number>, mouthWidth: number, roll: number, clip: Box): void {
  const p = (i: number): Point => [points[i * 2]!, points[i * 2 + 1]!];
  const [c, s] = [Math.cos(roll), Math.sin(roll)];
  const upper = LIPS.upperInner.map(p);
  const last = upper.length - 1;
  // Thickest in the middle, nothing at the corners.
  const offset = (q: Point, i: number, amount: number): Point => {
    const taper = Math.sin((Math.PI * i) / last);
    return [q[0] - s * amount * taper * mouthWidth, q[1] + c * amount * taper * mouthWidth];
  };
  const top = upper.map((q, i) => offset(q, i, -0.02));
  const bottom = upper.map((q, i) => offset(q, i, 0.08));
  // A lip tone from the cheeks' skin (the photo's own lips may be hidden by a smile's teeth): redder and darker.
  const skin = meanColour(img, [p(50), p(280)]);
  const lip: Rgb = [skin[0] * 0.86, skin[1] * 0.6, skin[2] * 0.62];
  const line = upper.map((q, i) => offset(q, i, 0.012)).sort((a, b) => a[0] - b[0]);
  const lineAtX = (x: number) => lineAt(line, x);
  const band = 0.04 * mouthWidth;
  paintPolygon(img, [...top, ...bottom.reverse()], (x, y) => shade(lip, 0.62 + 0.38 * Math.min(1, Math.abs(y - lineAtX(x)) / band)), clip);
}

/** The mean colour of the pixels around the points. */
function meanColour(img: Image, at: Point[]): Rgb {
  const sum = [0, 0, 0];
  let n = 0;
  for (const [px, py] of at) {
    for (let y = Math.round(py) - 1; y <= Math.round(py) + 1; y++) {
      for (let x = Math.round(px) - 1; x <= Math.round(px) + 1; x++) {
        if (x < 0 || y < 0 || x >= img.width || y >= img.height) continue;
        const k = (y * img.width + x) * 4;
        for (let ch = 0; ch < 3; ch++) sum[ch]! += img.data[k + ch]!;
        n++;
      }
    }
  }
  return n ? [sum[0]! / n, sum[1]! / n, sum[2]! / n] : [200, 150, 130];
}
