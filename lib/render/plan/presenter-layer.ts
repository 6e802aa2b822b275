import type { CharacterSettings } from "@/lib/contract/schema";
import type { PhotoGeometry, PresenterLayer, Rect } from "./types";

function visiblePart(r: Rect, W: number, H: number): Rect {
  const x = Math.max(0, r.x);
  const y = Math.max(0, r.y);
  const w = Math.max(0, Math.min(W, r.x + r.w) - x);
  const h = Math.max(0, Math.min(H, r.y + r.h) - y);
  return w > 0 && h > 0 ? { x, y, w, h } : { x: 0, y: 0, w: 0, h: 0 };
}

/** In a circle, the face's height as a share of the circle's diameter: head and shoulders show. */
const CIRCLE_FACE_SHARE = 0.42;

/**
 * A talking photo's place. Square: the photo, its height the layer's, centred on the face's vertical line
 * and cut to the layer's width. Circle: the face at the circle's centre, its height CIRCLE_FACE_SHARE of
 * the diameter.
 */
function photoPlace(layer: Rect, circle: boolean, g: PhotoGeometry): { rect: Rect; photo: NonNullable<PresenterLayer["photo"]> } {
  if (circle) {
    const scale = (CIRCLE_FACE_SHARE * layer.h) / g.faceHeight;
    const photo = { x: layer.x + layer.w / 2 - g.faceX * scale, y: layer.y + layer.h / 2 - g.faceY * scale, scale };
    return { rect: layer, photo };
  }
  const scale = layer.h / g.height;
  const photo = { x: layer.x + layer.w / 2 - g.faceX * scale, y: layer.y, scale };
  const left = Math.max(layer.x, Math.round(photo.x));
  const right = Math.min(layer.x + layer.w, Math.round(photo.x + g.width * scale));
  return { rect: { x: left, y: layer.y, w: Math.max(1, right - left), h: layer.h }, photo };
}

/**
 * The presenter's rectangle: a frame-sized layer scaled about the frame centre, then moved by
 * (x * W, y * H). A circle is a square of side H * scale, centred the same way. A talking photo with its
 * geometry known is placed inside that layer (photoPlace).
 */
export function presenterLayer(c: CharacterSettings, W: number, H: number, photo?: PhotoGeometry): PresenterLayer {
  const style = c.type === "avatar" ? c.avatar_style : c.talking_photo_style;
  const s = c.scale;
  const w = Math.max(1, Math.round(style === "circle" ? H * s : W * s));
  const h = Math.max(1, Math.round(H * s));
  const x = Math.round((W - w) / 2 + c.offset.x * W);
  const y = Math.round((H - h) / 2 + c.offset.y * H);
  const placed = c.type === "talking_photo" && photo ? photoPlace({ x, y, w, h }, style === "circle", photo) : undefined;
  const rect = placed?.rect ?? { x, y, w, h };
  return {
    kind: c.type,
    style,
    scale: s,
    offset: { x: c.offset.x, y: c.offset.y },
    rect,
    visible: visiblePart(rect, W, H),
    ...(style === "circle" ? { circleBackground: c.circle_background_color } : {}),
    ...(placed ? { photo: placed.photo } : {}),
  };
}
