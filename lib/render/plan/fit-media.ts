import type { Fit, MediaFit, Rect } from "./types";

export const FILL_COLOUR = "#f6f6fc";

function intersect(a: Rect, b: Rect): Rect {
  const x = Math.max(a.x, b.x);
  const y = Math.max(a.y, b.y);
  const w = Math.max(0, Math.min(a.x + a.w, b.x + b.w) - x);
  const h = Math.max(0, Math.min(a.y + a.h, b.y + b.h) - y);
  return { x, y, w, h };
}

// The scaled size of the whole source, per the contract's fit meanings.
function scaledSize(fit: Fit, sw: number, sh: number, W: number, H: number): { w: number; h: number } {
  if (fit === "cover") return { w: W, h: H };
  if (fit === "none") return { w: sw, h: sh };
  const s = fit === "crop" ? Math.max(W / sw, H / sh) : Math.min(W / sw, H / sh);
  // crop must still fill after rounding; contain must still fit inside.
  const round = fit === "crop" ? Math.ceil : Math.round;
  return {
    w: Math.min(fit === "contain" ? W : Infinity, Math.max(1, round(sw * s - 1e-6))),
    h: Math.min(fit === "contain" ? H : Infinity, Math.max(1, round(sh * s - 1e-6))),
  };
}

/** Lays a sw x sh source into a W x H frame: cover stretches, crop fills and centre-crops, contain letterboxes, none centres at native size. */
export function fitMedia(fit: Fit, sw: number, sh: number, W: number, H: number): MediaFit {
  const scaled = scaledSize(fit, sw, sh, W, H);
  const placed = { x: Math.floor((W - scaled.w) / 2), y: Math.floor((H - scaled.h) / 2), w: scaled.w, h: scaled.h };
  const dest = intersect(placed, { x: 0, y: 0, w: W, h: H });
  const crop = { x: dest.x - placed.x, y: dest.y - placed.y, w: dest.w, h: dest.h };
  const kx = sw / scaled.w;
  const ky = sh / scaled.h;
  const source = { x: crop.x * kx, y: crop.y * ky, w: crop.w * kx, h: crop.h * ky };
  return { fit, scaled, crop, dest, source, fill: FILL_COLOUR };
}
