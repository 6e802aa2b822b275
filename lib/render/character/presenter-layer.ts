import { presenterSvg } from "./art/presenter-svg";
import type { PresenterArt } from "./art/presenter-art";
import type { SpriteKey, SpriteOptions } from "./types";

// Where the face sits in art space (see PresenterArt).
const HEAD_Y = 230;
const ART_CENTRE_X = 300;

// How each style frames the presenter: art units visible over the frame (or circle) height, and
// where the head centre lands as a fraction of that height. normal: upper body, head in the upper
// third; closeUp: head and shoulders larger; circle: head and shoulders inside the circle.
const FRAMING = {
  normal: { span: 760, headAt: 0.3, maxWidthSpan: 640 },
  closeUp: { span: 480, headAt: 0.36, maxWidthSpan: 440 },
  circle: { span: 520, headAt: 0.42, maxWidthSpan: 0 },
} as const;

// The frame-sized, transparent presenter layer as one SVG document, ready for resvg.
export function presenterLayer(art: PresenterArt, key: SpriteKey, o: SpriteOptions): string {
  const { width: w, height: h } = o;
  const f = FRAMING[o.style];
  // Scale by height, but keep the shoulders inside a portrait frame (the circle is sized by height alone).
  const s = f.maxWidthSpan ? Math.min(h / f.span, w / f.maxWidthSpan) : h / f.span;
  const tx = w / 2 - ART_CENTRE_X * s;
  const ty = f.headAt * h - HEAD_Y * s;
  const person = `<g transform="matrix(${s} 0 0 ${s} ${tx} ${ty})">${presenterSvg(art, key)}</g>`;
  const open = `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}" viewBox="0 0 ${w} ${h}">`;
  if (o.style !== "circle") return `${open}${person}</svg>`;
  const r = h / 2;
  const circle = `cx="${w / 2}" cy="${h / 2}" r="${r}"`;
  return `${open}<defs><clipPath id="presenter-circle"><circle ${circle}/></clipPath></defs>` +
    `<circle ${circle} fill="${o.circleColor ?? "#ffffff"}"/>` +
    `<g clip-path="url(#presenter-circle)">${person}</g></svg>`;
}
