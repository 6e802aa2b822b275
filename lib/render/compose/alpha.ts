import type { ScenePlan } from "@/lib/render/plan";

// Filters for pictures with an alpha channel (a WebM's): how its stills show transparency, and captions that stay
// visible where nothing else is drawn.

/**
 * A filter chain (it reads and ends unlabelled) that lays a picture with alpha over light grey squares, a sixteenth
 * of its height each: a transparent video's thumbnail and GIF show where it is see-through. `p` prefixes the
 * labels it uses inside, unique per graph.
 */
export function overChecker(p: string): string {
  const cell = "max(4\\,trunc(H/16))";
  const grey = `if(mod(trunc(X/${cell})+trunc(Y/${cell})\\,2)\\,204\\,240)`;
  return `format=rgba,split[${p}a][${p}b];[${p}b]geq=r='${grey}':g='${grey}':b='${grey}':a=255[${p}k];[${p}k][${p}a]overlay=format=rgb`;
}

/**
 * Burns captions into `[input]` (which has alpha) giving `[output]`. The ass filter draws colour only, never
 * alpha, so over a transparent part its text would vanish: the captions are drawn twice, over black and over
 * white, and the difference of the two is their own alpha (premultiplied colour: the black-backed drawing).
 */
export function alphaCaptions(scene: ScenePlan, ass: string, input: string, output: string): string {
  const source = (colour: string) =>
    `color=c=${colour}:s=${scene.width}x${scene.height}:r=${scene.fps},trim=end_frame=${scene.frames},format=rgb24,${ass},format=gbrp`;
  return [
    `${source("black")},split[capk][capp]`,
    `${source("white")}[capw]`,
    "[capw][capk]blend=all_mode=difference,negate,extractplanes=g[capa]",
    "[capp][capa]alphamerge[caps]",
    `[${input}][caps]overlay=alpha=premultiplied[${output}]`,
  ].join(";");
}
