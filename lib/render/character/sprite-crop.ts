import type { SpriteOptions, SpriteRect } from "./types";

// Transparent margin kept around the painted pixels, so rounding the crop onto the frame never cuts paint.
const PAD = 2;

// The smallest rectangle holding every pixel with alpha in any of `frames` (premultiplied RGBA of the
// whole width x height layer) and the `keep` rectangle, padded and clamped to the layer.
export function paintedRect(frames: readonly Uint8Array[], width: number, height: number, keep?: SpriteRect): SpriteRect {
  let [left, top, right, bottom] = keep ? [keep.x, keep.y, keep.x + keep.width, keep.y + keep.height] : [width, height, 0, 0];
  for (const px of frames) {
    for (let y = 0; y < height; y++) {
      const row = y * width * 4;
      for (let x = 0; x < width; x++) {
        if ((px[row + x * 4 + 3] ?? 0) !== 0) {
          if (x < left) left = x;
          if (x >= right) right = x + 1;
          if (y < top) top = y;
          if (y >= bottom) bottom = y + 1;
        }
      }
    }
  }
  if (right <= left || bottom <= top) return { x: 0, y: 0, width, height };
  const [x0, y0] = [Math.max(0, left - PAD), Math.max(0, top - PAD)];
  const [x1, y1] = [Math.min(width, right + PAD), Math.min(height, bottom + PAD)];
  return { x: x0, y: y0, width: x1 - x0, height: y1 - y0 };
}

// Circle style: the centre square that compose cuts the circle from (ffmpeg's crop centres by truncation).
export function circleSquare(o: SpriteOptions): SpriteRect {
  const side = Math.min(o.width, o.height);
  return { x: Math.floor((o.width - side) / 2), y: Math.floor((o.height - side) / 2), width: side, height: side };
}

// `rows` rows of a `width`-wide RGBA buffer, cut to the columns [x, x + w).
export function cutColumns(pixels: Uint8Array, width: number, rows: number, x: number, w: number): Buffer {
  if (x === 0 && w === width) return Buffer.from(pixels.buffer, pixels.byteOffset, rows * width * 4);
  const out = Buffer.alloc(rows * w * 4);
  for (let y = 0; y < rows; y++) out.set(pixels.subarray((y * width + x) * 4, (y * width + x + w) * 4), y * w * 4);
  return out;
}
