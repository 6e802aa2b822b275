import type { PresenterLayer } from "@/lib/render/plan";

export type PresenterSource = { concatFile: string } | { clipFile: string };

export function presenterInput(source: PresenterSource): string[] {
  return "concatFile" in source ? ["-f", "concat", "-safe", "0", "-i", source.concatFile] : ["-i", source.clipFile];
}

/**
 * Scales the presenter sprites to the plan's rectangle and overlays them on `[base]`, giving `[out]`.
 * Only the visible part is cropped (in sprite pixels) before scaling, so a presenter at scale 5 costs no more
 * than one at scale 1.
 */
export function presenterChain(layer: PresenterLayer, index: number): string {
  const { rect: r, visible: v } = layer;
  const crop =
    v.x === r.x && v.y === r.y && v.w === r.w && v.h === r.h
      ? ""
      : `crop=w=iw*${v.w}/${r.w}:h=ih*${v.h}/${r.h}:x=iw*${v.x - r.x}/${r.w}:y=ih*${v.y - r.y}/${r.h}:exact=1,`;
  return `[${index}:v]format=rgba,${crop}scale=${v.w}:${v.h}[pres];[base][pres]overlay=x=${v.x}:y=${v.y}:eof_action=repeat[out]`;
}
