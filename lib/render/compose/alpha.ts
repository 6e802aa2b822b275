import type { ScenePlan } from "@/lib/render/plan";

// Filters for pictures with an alpha channel (a WebM's): how its stills show transparency, and captions that stay
// visible where nothing else is drawn.

/** A frame size; with `fps`, a stream of frames at that rate (else one frame). */
export type StillSize = { width: number; height: number; fps?: number };

/**
 * `[input]` (a picture with alpha) laid over light grey squares, a sixteenth of the height each, giving `[output]`:
 * a transparent video's thumbnail and GIF show where it is see-through. The squares are drawn once, a pixel each,
 * then enlarged; with `fps` they repeat at that rate and end with the input (whose frames start at 0).
 */
export function overChecker(input: string, output: string, size: StillSize): string {
  const { width: W, height: H, fps } = size;
  const cell = Math.max(4, Math.trunc(H / 16));
  const [cols, rows] = [Math.ceil(W / cell), Math.ceil(H / cell)];
  const squares =
    `color=c=white:s=${cols}x${rows},trim=end_frame=1,format=gray,geq=lum='if(mod(X+Y\\,2)\\,204\\,240)',` +
    `scale=${cols * cell}:${rows * cell}:flags=neighbor,crop=${W}:${H}:0:0,format=rgb24`;
  const repeat = fps ? `,loop=loop=-1:size=1:start=0,setpts=N/(${fps}*TB)` : "";
  return `${squares}${repeat}[${output}sq];[${output}sq][${input}]overlay=format=rgb${fps ? ":shortest=1" : ""}[${output}]`;
}

/**
 * Burns captions into `[input]` (which has alpha) giving `[output]`. The ass filter draws colour only, never
 * alpha, so over a transparent part its text would vanish: the captions are drawn twice, over black and over
 * white, and the difference of the two is their own alpha (premultiplied colour: the black-backed drawing).
 * Only the bottom half is matted and laid over: two lines of the largest caption face (Arabic, 1.5x) with their
 * bottom margin take about 30% of the height.
 */
export function alphaCaptions(scene: ScenePlan, ass: string, input: string, output: string): string {
  const { width: W, height: H } = scene;
  const band = 2 * Math.ceil(H / 4);
  const source = (colour: string) =>
    `color=c=${colour}:s=${W}x${H}:r=${scene.fps},trim=end_frame=${scene.frames},format=rgb24,${ass},crop=${W}:${band}:0:${H - band},format=gbrp`;
  return [
    `${source("black")},split[capk][capp]`,
    `${source("white")}[capw]`,
    "[capw][capk]blend=all_mode=difference,negate,extractplanes=g[capa]",
    "[capp][capa]alphamerge[caps]",
    `[${input}][caps]overlay=x=0:y=${H - band}:alpha=premultiplied[${output}]`,
  ].join(";");
}
