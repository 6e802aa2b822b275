import { mediaFileInput, type MediaFile } from "@/lib/render/ffmpeg";
import type { MediaFit, ScenePlan } from "@/lib/render/plan";
import { ffColour } from "./filter-value";

export type Chain = { inputArgs: string[]; filter: string; static: boolean };

// Scale the whole source once, crop the visible part, pad it into the frame; rgb24 so odd offsets stay exact.
// A picture that fills the frame from even offsets stays in its own (usually yuv420p) format: no conversion per frame.
function fitFilter(l: MediaFit, W: number, H: number): string {
  const c = l.crop;
  const fills = l.dest.x === 0 && l.dest.y === 0 && l.dest.w === W && l.dest.h === H;
  if (fills && c.x % 2 === 0 && c.y % 2 === 0) {
    const crop = c.x === 0 && c.y === 0 && l.scaled.w === W && l.scaled.h === H ? "" : `,crop=${W}:${H}:${c.x}:${c.y}`;
    return `scale=${l.scaled.w}:${l.scaled.h}${crop},setsar=1`;
  }
  return [
    `scale=${l.scaled.w}:${l.scaled.h}`,
    "format=rgb24",
    `crop=${c.w}:${c.h}:${c.x}:${c.y}`,
    `pad=${W}:${H}:${l.dest.x}:${l.dest.y}:color=${ffColour(l.fill)}`,
    "setsar=1",
  ].join(",");
}

/**
 * The background as input `index` (when it needs a file) and a filter ending in `[bg]`. Static backgrounds
 * (colour, image) are a single frame the caller repeats; video backgrounds run at the scene's fps.
 */
export function backgroundChain(scene: ScenePlan, file: MediaFile | undefined, index: number): Chain {
  const { width: W, height: H, fps, duration } = scene;
  const bg = scene.background;
  if (bg.type === "color") {
    return { inputArgs: [], filter: `color=c=${ffColour(bg.color)}:s=${W}x${H}:r=${fps},trim=end_frame=1,format=rgb24[bg]`, static: true };
  }
  // Alpha 0 everywhere; what shows through is whatever the video is laid over (black where alpha is ignored).
  if (bg.type === "transparent") {
    return { inputArgs: [], filter: `color=c=black@0:s=${W}x${H}:r=${fps},trim=end_frame=1,format=rgba[bg]`, static: true };
  }
  if (!file) throw new Error(`scene ${scene.index}: the ${bg.type} background needs its file`);
  if (bg.type === "image") {
    // Drawn once: the fitted picture over the fill colour, so transparent parts of a PNG show #f6f6fc, not black.
    const l = bg.layout;
    const c = l.crop;
    return {
      inputArgs: mediaFileInput(file),
      filter:
        `color=c=${ffColour(l.fill)}:s=${W}x${H},trim=end_frame=1,format=rgb24[fill];` +
        `[${index}:v]trim=end_frame=1,scale=${l.scaled.w}:${l.scaled.h},format=rgba,crop=${c.w}:${c.h}:${c.x}:${c.y}[pic];` +
        `[fill][pic]overlay=${l.dest.x}:${l.dest.y}:format=rgb,setsar=1[bg]`,
      static: true,
    };
  }
  const speed = bg.stretch !== 1 ? `,setpts=${bg.stretch.toFixed(6)}*PTS` : "";
  // Enough padding for the longest scene; -frames:v ends the output exactly.
  const pad = duration.toFixed(3);
  const after =
    bg.after === "loop"
      ? ""
      : bg.after === "color"
        ? `,tpad=stop_mode=add:stop_duration=${pad}:color=${ffColour(bg.afterColor)}`
        : `,tpad=stop_mode=clone:stop_duration=${pad}`;
  const loop = bg.after === "loop" ? ["-stream_loop", "-1"] : [];
  return {
    inputArgs: [...loop, ...mediaFileInput(file)],
    filter: `[${index}:v]setpts=PTS-STARTPTS${speed},${fitFilter(bg.layout, W, H)},fps=${fps}${after}[bg]`,
    static: false,
  };
}
