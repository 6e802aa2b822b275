import type { PresenterLayer } from "@/lib/render/plan";
import { ffColour } from "./filter-value";

export type PresenterSource = { concatFile: string } | { clipFile: string };

export function presenterInput(source: PresenterSource): string[] {
  return "concatFile" in source ? ["-f", "concat", "-safe", "0", "-i", source.concatFile] : ["-i", source.clipFile];
}

// The visible part of the layer, cut from the sprite in sprite pixels (so a presenter at scale 5 is never
// scaled to 5x the frame) and then scaled to its place.
function cropAndScale(layer: PresenterLayer): string {
  const { rect: r, visible: v } = layer;
  const whole = v.x === r.x && v.y === r.y && v.w === r.w && v.h === r.h;
  const crop = whole ? "" : `crop=w=iw*${v.w}/${r.w}:h=ih*${v.h}/${r.h}:x=iw*${v.x - r.x}/${r.w}:y=ih*${v.y - r.y}/${r.h}:exact=1,`;
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
export function presenterChain(layer: PresenterLayer, index: number): string {
  const { visible: v } = layer;
  const pres = layer.style === "circle" ? circle(layer, index) : `[${index}:v]format=rgba,${cropAndScale(layer)}[pres]`;
  return `${pres};[base][pres]overlay=x=${v.x}:y=${v.y}:eof_action=repeat[out]`;
}
