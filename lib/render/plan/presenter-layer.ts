import type { CharacterSettings } from "@/lib/contract/schema";
import type { PresenterLayer, Rect } from "./types";

function visiblePart(r: Rect, W: number, H: number): Rect {
  const x = Math.max(0, r.x);
  const y = Math.max(0, r.y);
  const w = Math.max(0, Math.min(W, r.x + r.w) - x);
  const h = Math.max(0, Math.min(H, r.y + r.h) - y);
  return w > 0 && h > 0 ? { x, y, w, h } : { x: 0, y: 0, w: 0, h: 0 };
}

/**
 * The presenter's rectangle: a frame-sized layer scaled about the frame centre, then moved by
 * (x * W, y * H). A circle is a square of side H * scale, centred the same way.
 */
export function presenterLayer(c: CharacterSettings, W: number, H: number): PresenterLayer {
  const style = c.type === "avatar" ? c.avatar_style : c.talking_photo_style;
  const s = c.scale;
  const w = Math.max(1, Math.round(style === "circle" ? H * s : W * s));
  const h = Math.max(1, Math.round(H * s));
  const x = Math.round((W - w) / 2 + c.offset.x * W);
  const y = Math.round((H - h) / 2 + c.offset.y * H);
  const rect = { x, y, w, h };
  return {
    kind: c.type,
    style,
    scale: s,
    offset: { x: c.offset.x, y: c.offset.y },
    rect,
    visible: visiblePart(rect, W, H),
    ...(style === "circle" ? { circleBackground: c.circle_background_color } : {}),
  };
}
