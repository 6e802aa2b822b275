import type { SpriteOptions } from "./types";

// Where the face sits in art space (see PresenterArt).
const HEAD_Y = 230;
const ART_CENTRE_X = 300;

// How each style frames the presenter: art units visible over the frame (or circle) height, and
// where the head centre lands as a fraction of that height. normal: upper body, head in the upper
// third; closeUp: head and shoulders larger; circle: head and shoulders inside the circle, whose
// diameter is the frame height.
const FRAMING = {
  normal: { span: 680, headAt: 0.3, maxWidthSpan: 600 },
  closeUp: { span: 480, headAt: 0.36, maxWidthSpan: 440 },
  circle: { span: 520, headAt: 0.42, maxWidthSpan: 0 },
} as const;

export type LayerGeometry = { scale: number; x: number; y: number };

// Art space -> frame pixels: frame = art * scale + (x, y).
export function layerGeometry(o: SpriteOptions): LayerGeometry {
  const f = FRAMING[o.style];
  // Scale by height, but keep the shoulders inside a portrait frame (the circle is sized by height alone).
  const scale = f.maxWidthSpan ? Math.min(o.height / f.span, o.width / f.maxWidthSpan) : o.height / f.span;
  return { scale, x: o.width / 2 - ART_CENTRE_X * scale, y: f.headAt * o.height - HEAD_Y * scale };
}
