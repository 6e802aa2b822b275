import type { Point } from "./types";
import type { Box, Image } from "./warp";

const SUB = 4;

function inside(poly: readonly Point[], x: number, y: number): boolean {
  let hit = false;
  for (let i = 0, j = poly.length - 1; i < poly.length; j = i++) {
    const [xi, yi] = poly[i]!;
    const [xj, yj] = poly[j]!;
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) hit = !hit;
  }
  return hit;
}

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
  for (let y = top; y < bottom; y++) {
    for (let x = left; x < right; x++) {
      let [r, g, b, n] = [0, 0, 0, 0];
      for (let j = 0; j < SUB; j++) {
        for (let i = 0; i < SUB; i++) {
          const sx = x + (i + 0.5) / SUB;
          const sy = y + (j + 0.5) / SUB;
          if (!inside(poly, sx, sy)) continue;
          const c = colour(sx, sy);
          r += c[0];
          g += c[1];
          b += c[2];
          n++;
        }
      }
      if (n === 0) continue;
      const cover = n / (SUB * SUB);
      const k = (y * width + x) * 4;
      data[k] = Math.round((data[k] ?? 0) * (1 - cover) + r / SUB / SUB);
      data[k + 1] = Math.round((data[k + 1] ?? 0) * (1 - cover) + g / SUB / SUB);
      data[k + 2] = Math.round((data[k + 2] ?? 0) * (1 - cover) + b / SUB / SUB);
      data[k + 3] = Math.round((data[k + 3] ?? 0) + (255 - (data[k + 3] ?? 0)) * cover);
    }
  }
}
