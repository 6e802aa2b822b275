import type { SpriteCrop } from "@/lib/render/compose/presenter-chain";
import type { PresenterLayer } from "@/lib/render/plan";

/** The most pixels a talking photo's sprite holds; a larger shown part is drawn smaller and ffmpeg scales it up. */
export const MAX_SPRITE_PIXELS = 800_000;

/**
 * The layer the sprites are drawn for, and where they land. A photo filling a tall frame at scale 2 would make
 * every sprite a 2-megapixel PNG to warp, compress and decode; above MAX_SPRITE_PIXELS the whole layer is
 * drawn at a smaller scale instead (about 0.6 for a full 1080x1920 frame) and the compose scales it to its place.
 */
export function spriteLayer(layer: PresenterLayer, maxPixels = MAX_SPRITE_PIXELS): { layer: PresenterLayer; crop: SpriteCrop } {
  const { rect: r, visible: v } = layer;
  const f = Math.min(1, Math.sqrt(maxPixels / Math.max(1, v.w * v.h)));
  const scaled = (q: { x: number; y: number; w: number; h: number }) => {
    const x = Math.round(q.x * f);
    const y = Math.round(q.y * f);
    return { x, y, w: Math.max(1, Math.round((q.x + q.w) * f) - x), h: Math.max(1, Math.round((q.y + q.h) * f) - y) };
  };
  const rect = f === 1 ? r : scaled(r);
  const visible = f === 1 ? v : scaled(v);
  const photo = layer.photo && { x: layer.photo.x * f, y: layer.photo.y * f, scale: layer.photo.scale * f };
  return {
    layer: { ...layer, rect, visible, ...(photo ? { photo } : {}) },
    crop: { x: visible.x - rect.x, y: visible.y - rect.y, w: visible.w, h: visible.h, width: rect.w, height: rect.h, shaped: true },
  };
}
