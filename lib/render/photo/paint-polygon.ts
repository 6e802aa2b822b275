import type { Point } from "./types";
import type { Box, Image } from "./warp";

const SUB = 4;

/**
 * Paints a polygon opaquely over straight-alpha RGBA, anti-aliased by 4x4 samples per pixel; `colour`
 * gives each sample's [r, g, b] (so shading inside the polygon is smooth too). Only pixels in `clip`.
 */
export function paintPolygon(
  img: Image,
  poly: readonly Point[],
  colour: (x: number, y: number) => readonly [number, number, number],
  clip: Box,
): void {
  if (poly.length < 3) return;
  const xs = poly.map((p) => p[0]);
  const ys = poly.map((p) => p[1]);
  const left = Math.max(0, clip.x0, Math.floor(Math.min(...xs)));
  const right = Math.min(img.width, clip.x1, Math.ceil(Math.max(...xs)));
  const top = Math.max(0, clip.y0, Math.floor(Math.min(...ys)));
  const bottom = Math.min(img.height, clip.y1, Math.ceil(Math.max(...ys)));
  const { data, width } = img;
  const span = right - left;
  if (span <= 0) return;
  const acc = new Float64Array(span * 3);
  const count = new Uint16Array(span);
  const crossings: number[] = [];
  for (let y = top; y < bottom; y++) {
    acc.fill(0);
    count.fill(0);
    // Each sample row: where the edges cross it, inside between pairs of crossings (even-odd).
    for (let j = 0; j < SUB; j++) {
      const sy = y + (j + 0.5) / SUB;
      crossings.length = 0;
      for (let i = 0, k = poly.length - 1; i < poly.length; k = i++) {
        const [xi, yi] = poly[i]!;
        const [xk, yk] = poly[k]!;
        if (yi > sy !== yk > sy) crossings.push(xi + ((sy - yi) * (xk - xi)) / (yk - yi));
      }
      crossings.sort((a, b) => a - b);
      for (let m = 0; m + 1 < crossings.length; m += 2) {
        // Samples at left + (s + 0.5) / SUB that fall in [a, b).
        const first = Math.max(0, Math.ceil((crossings[m]! - left) * SUB - 0.5));
        const last = Math.min(span * SUB - 1, Math.ceil((crossings[m + 1]! - left) * SUB - 0.5) - 1);
        for (let sIdx = first; sIdx <= last; sIdx++) {
          const px = Math.floor(sIdx / SUB);
          const c = colour(left + (sIdx + 0.5) / SUB, sy);
          acc[px * 3] = acc[px * 3]! + c[0];
          acc[px * 3 + 1] = acc[px * 3 + 1]! + c[1];
          acc[px * 3 + 2] = acc[px * 3 + 2]! + c[2];
          count[px]!++;
        }
      }
    }
    for (let px = 0; px < span; px++) {
      const n = count[px]!;
      if (n === 0) continue;
      const cover = n / (SUB * SUB);
      const k = (y * width + left + px) * 4;
      data[k] = Math.round((data[k] ?? 0) * (1 - cover) + acc[px * 3]! / SUB / SUB);
      data[k + 1] = Math.round((data[k + 1] ?? 0) * (1 - cover) + acc[px * 3 + 1]! / SUB / SUB);
      data[k + 2] = Math.round((data[k + 2] ?? 0) * (1 - cover) + acc[px * 3 + 2]! / SUB / SUB);
      data[k + 3] = Math.round((data[k + 3] ?? 0) + (255 - (data[k + 3] ?? 0)) * cover);
    }
  }
}
