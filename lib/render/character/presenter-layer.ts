import { presenterSvg } from "./art/presenter-svg";
import type { PresenterArt } from "./art/presenter-art";
import { layerGeometry } from "./layer-geometry";
import type { SpriteKey, SpriteOptions } from "./types";

export type PixelRect = { x: number; y: number; width: number; height: number };

// The frame-sized, transparent presenter layer as one SVG document, ready for resvg. With `view`, the
// document shows only that rectangle of the frame (same pixel grid), to redraw part of a sprite.
export function presenterLayer(art: PresenterArt, key: SpriteKey, o: SpriteOptions, view?: PixelRect): string {
  const { width: w, height: h } = o;
  const g = layerGeometry(o);
  const person = `<g transform="matrix(${g.scale} 0 0 ${g.scale} ${g.x} ${g.y})">${presenterSvg(art, key)}</g>`;
  const v = view ?? { x: 0, y: 0, width: w, height: h };
  const open = `<svg xmlns="http://www.w3.org/2000/svg" width="${v.width}" height="${v.height}" viewBox="${v.x} ${v.y} ${v.width} ${v.height}">`;
  // Both styles draw the presenter through a clip: resvg then rasterises it as one layer on the frame's
  // pixel grid, so a partial view gives exactly the pixels of the whole frame.
  const circle = `cx="${w / 2}" cy="${h / 2}" r="${h / 2}"`;
  const clip = o.style === "circle" ? `<circle ${circle}/>` : `<rect width="${w}" height="${h}"/>`;
  const backdrop = o.style === "circle" ? `<circle ${circle} fill="${o.circleColor ?? "#ffffff"}"/>` : "";
  return (
    `${open}<defs><clipPath id="presenter-clip">${clip}</clipPath></defs>${backdrop}` +
    `<g clip-path="url(#presenter-clip)">${person}</g></svg>`
  );
}
