import { ownFileInput } from "@/lib/render/ffmpeg";
import type { PresenterLayer, Rect } from "@/lib/render/plan";
import { ffColour } from "./filter-value";

/**
 * The sprites hold only this rectangle of the full (width x height) presenter layer. `shaped`: they are
 * already cut to the layer's shape (a talking photo's circle), so they are overlaid as they are.
 */
export type SpriteCrop = { x: number; y: number; w: number; h: number; width: number; height: number; shaped?: boolean };
export type PresenterSource = ({ concatFile: string } | { clipFile: string }) & { crop?: SpriteCrop };

export function presenterInput(source: PresenterSource): string[] {
  return ownFileInput("concatFile" in source ? source.concatFile : source.clipFile);
}

const n = (x: number) => String(Math.round(x * 1e4) / 1e4);

/**
 * Where the sprites land: `rect`, the frame rectangle the sprite files cover (the layer's rect, or the
 * part of it that the crop holds), and `visible`, its whole-pixel part inside the frame (w 0 when none).
 * Rounded inwards: the crop keeps a transparent margin, so nothing painted is lost.
 */
export function spritePlacement(layer: PresenterLayer, crop?: SpriteCrop): { rect: Rect; visible: Rect } {
  const r = layer.rect;
  if (!crop || (layer.style === "circle" && !crop.shaped)) return { rect: r, visible: layer.visible };
  const rect = {
    x: r.x + (crop.x * r.w) / crop.width,
    y: r.y + (crop.y * r.h) / crop.height,
    w: (crop.w * r.w) / crop.width,
    h: (crop.h * r.h) / crop.height,
  };
  const v = layer.visible;
  const x0 = Math.max(v.x, Math.ceil(rect.x - 1e-6));
  const y0 = Math.max(v.y, Math.ceil(rect.y - 1e-6));
  const x1 = Math.min(v.x + v.w, Math.floor(rect.x + rect.w + 1e-6));
  const y1 = Math.min(v.y + v.h, Math.floor(rect.y + rect.h + 1e-6));
  const visible = x1 > x0 && y1 > y0 ? { x: x0, y: y0, w: x1 - x0, h: y1 - y0 } : { x: 0, y: 0, w: 0, h: 0 };
  return { rect, visible };
}

// The visible part of the layer, cut from the sprite in sprite pixels (so a presenter at scale 5 is never
// scaled to 5x the frame) and then scaled to its place.
function cropAndScale({ rect: r, visible: v }: { rect: Rect; visible: Rect }): string {
  const whole = v.x === r.x && v.y === r.y && v.w === r.w && v.h === r.h;
  const crop = whole
    ? ""
    : `crop=w=iw*${v.w}/${n(r.w)}:h=ih*${v.h}/${n(r.h)}:x=iw*${n(v.x - r.x)}/${n(r.w)}:y=ih*${n(v.y - r.y)}/${n(r.h)}:exact=1,`;
  return `${crop}scale=${v.w}:${v.h}`;
}

// A circle: the sprite's centre square over circle_background_color, cut to the disc by a mask drawn once.
function circle(layer: PresenterLayer, index: number): string {
  const { rect: r, visible: v } = layer;
  const radius = r.w / 2;
  const [ox, oy] = [v.x - r.x, v.y - r.y];
  const inside = `lte(hypot(X+${ox}-${radius}\\,Y+${oy}-${radius})\\,${radius})`;
  return [
    `[${index}:v]format=rgba,crop=w=min(iw\\,ih):h=min(iw\\,ih),${cropAndScale(layer)}[spr]`,
    `color=c=${ffColour(layer.circleBackground ?? "#ffffff")}:s=${v.w}x${v.h},format=rgba,trim=end_frame=1,loop=loop=-1:size=1[disc]`,
    `color=c=black:s=${v.w}x${v.h},format=gray,trim=end_frame=1,geq=lum='if(${inside}\\,255\\,0)',loop=loop=-1:size=1[mask]`,
    "[disc][spr]overlay=eof_action=repeat:format=rgb[filled]",
    "[filled][mask]alphamerge[pres]",
  ].join(";");
}

/** Scales the presenter sprites to the plan's rectangle and overlays them on `[base]`, giving `[out]`. */
export function presenterChain(layer: PresenterLayer, index: number, crop?: SpriteCrop): string {
  const place = spritePlacement(layer, crop);
  const v = place.visible;
  const pres = layer.style === "circle" && !crop?.shaped ? circle(layer, index) : `[${index}:v]format=rgba,${cropAndScale(place)}[pres]`;
  return `${pres};[base][pres]overlay=x=${v.x}:y=${v.y}:eof_action=repeat[out]`;
}
