// A piecewise-affine warp of straight-alpha RGBA pixels: each destination triangle is filled by mapping its
// pixel centres back into the matching source triangle and sampling there bilinearly. A triangle whose
// corners did not move reproduces its source pixels exactly, so what the warp does not move stays identical.

export type Image = { data: Uint8Array; width: number; height: number };
/** Whole-pixel bounds, end exclusive. */
export type Box = { x0: number; y0: number; x1: number; y1: number };

export const emptyImage = (width: number, height: number): Image => ({ data: new Uint8Array(width * height * 4), width, height });

/**
 * Bilinear sample of `img` at (x, y) in pixel coordinates (pixel centres at +0.5). Outside the image is
 * transparent, or with `clamp` its nearest edge pixel (for a picture that goes on beyond its edges).
 */
export function sample(img: Image, x: number, y: number, out: Uint8Array, at: number, clamp = false): void {
  const u = x - 0.5;
  const v = y - 0.5;
  const x0 = Math.floor(u);
  const y0 = Math.floor(v);
  const fx = u - x0;
  const fy = v - y0;
  const { data, width, height } = img;
  let r = 0;
  let g = 0;
  let b = 0;
  let a = 0;
  for (let j = 0; j < 2; j++) {
    const yy = clamp ? Math.min(height - 1, Math.max(0, y0 + j)) : y0 + j;
    const wy = j === 0 ? 1 - fy : fy;
    if (wy === 0 || yy < 0 || yy >= height) continue;
    for (let i = 0; i < 2; i++) {
      const xx = clamp ? Math.min(width - 1, Math.max(0, x0 + i)) : x0 + i;
      const w = (i === 0 ? 1 - fx : fx) * wy;
      if (w === 0 || xx < 0 || xx >= width) continue;
      const k = (yy * width + xx) * 4;
      r += (data[k] ?? 0) * w;
      g += (data[k + 1] ?? 0) * w;
      b += (data[k + 2] ?? 0) * w;
      a += (data[k + 3] ?? 0) * w;
    }
  }
  out[at] = Math.round(r);
  out[at + 1] = Math.round(g);
  out[at + 2] = Math.round(b);
  out[at + 3] = Math.round(a);
}

const EPS = 1e-7;

/**
 * Fills, inside `clip`, every destination triangle (`to`, in dst pixels) with the source triangle (`from`,
 * in src pixels). Points are flat [x0, y0, x1, y1, ...]; `triangles` holds three point indices each.
 * Triangles that collapsed or turned over are skipped (their neighbours cover the spot).
 */
export function warpTriangles(
  src: Image,
  dst: Image,
  from: ArrayLike<number>,
  to: ArrayLike<number>,
  triangles: ArrayLike<number>,
  clip: Box,
): void {
  const x0c = Math.max(0, clip.x0);
  const y0c = Math.max(0, clip.y0);
  const x1c = Math.min(dst.width, clip.x1);
  const y1c = Math.min(dst.height, clip.y1);
  for (let t = 0; t + 2 < triangles.length; t += 3) {
    const [a, b, c] = [triangles[t]! * 2, triangles[t + 1]! * 2, triangles[t + 2]! * 2];
    const [ax, ay, bx, by, cx, cy] = [to[a]!, to[a + 1]!, to[b]!, to[b + 1]!, to[c]!, to[c + 1]!];
    const det = (by - cy) * (ax - cx) + (cx - bx) * (ay - cy);
    const srcDet = (from[b + 1]! - from[c + 1]!) * (from[a]! - from[c]!) + (from[c]! - from[b]!) * (from[a + 1]! - from[c + 1]!);
    if (Math.abs(det) < 1e-9 || det * srcDet <= 0) continue;
    const left = Math.max(x0c, Math.floor(Math.min(ax, bx, cx)));
    const right = Math.min(x1c, Math.ceil(Math.max(ax, bx, cx)));
    const top = Math.max(y0c, Math.floor(Math.min(ay, by, cy)));
    const bottom = Math.min(y1c, Math.ceil(Math.max(ay, by, cy)));
    for (let y = top; y < bottom; y++) {
      const py = y + 0.5;
      for (let x = left; x < right; x++) {
        const px = x + 0.5;
        const l1 = ((by - cy) * (px - cx) + (cx - bx) * (py - cy)) / det;
        if (l1 < -EPS) continue;
        const l2 = ((cy - ay) * (px - cx) + (ax - cx) * (py - cy)) / det;
        if (l2 < -EPS) continue;
        const l3 = 1 - l1 - l2;
        if (l3 < -EPS) continue;
        const sx = l1 * from[a]! + l2 * from[b]! + l3 * from[c]!;
        const sy = l1 * from[a + 1]! + l2 * from[b + 1]! + l3 * from[c + 1]!;
        // The source picture goes on beyond its edges (the photo past the frame): nearest edge pixel there.
        sample(src, sx, sy, dst.data, (y * dst.width + x) * 4, true);
      }
    }
  }
}

/** The bounds of the triangles that have a corner where `moved` says, in both point sets, padded by a pixel. */
export function movedBox(
  from: ArrayLike<number>,
  to: ArrayLike<number>,
  triangles: ArrayLike<number>,
  moved: (point: number) => boolean,
): Box | null {
  let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
  for (let t = 0; t + 2 < triangles.length; t += 3) {
    const corners = [triangles[t]!, triangles[t + 1]!, triangles[t + 2]!];
    if (!corners.some(moved)) continue;
    for (const p of corners) {
      for (const set of [from, to]) {
        const [x, y] = [set[p * 2]!, set[p * 2 + 1]!];
        x0 = Math.min(x0, x);
        y0 = Math.min(y0, y);
        x1 = Math.max(x1, x);
        y1 = Math.max(y1, y);
      }
    }
  }
  if (x1 < x0) return null;
  return { x0: Math.floor(x0) - 1, y0: Math.floor(y0) - 1, x1: Math.ceil(x1) + 1, y1: Math.ceil(y1) + 1 };
}
