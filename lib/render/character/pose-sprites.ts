import { renderAsync } from "@resvg/resvg-js";
import type { PresenterArt } from "./art/presenter-art";
import { faceRect } from "./face-rect";
import { presenterLayer, type PixelRect } from "./presenter-layer";
import { VISEMES, type Eyes, type SpriteOptions, type Viseme } from "./types";

// `band`: rows [from, to) of the sprite, which differ from the base only in columns [left, right).
type PoseSprite = { eyes: Eyes; mouth: Viseme; band: Buffer; left: number; right: number };
export type PoseSprites = {
  // The whole frame (premultiplied RGBA) and the rows [from, to) in which its sprites differ.
  base: Buffer;
  from: number;
  to: number;
  sprites(): AsyncGenerator<PoseSprite>;
};

const RENDER = { font: { loadSystemFonts: false } };

async function pixels(art: PresenterArt, pose: number, eyes: Eyes, mouth: Viseme, o: SpriteOptions, view?: PixelRect) {
  return (await renderAsync(presenterLayer(art, { pose, eyes, mouth }, o, view), RENDER)).pixels;
}

// One pose's sprites for every (eyes, mouth). The whole frame is rasterised once; each sprite then
// redraws only the face rectangle (the same pixel grid, so its pixels match a full render) and pastes
// it into a copy of the frame's rows around the face: ~19 small renders instead of 18 full ones.
export async function poseSprites(art: PresenterArt, pose: number, o: SpriteOptions): Promise<PoseSprites> {
  const rect = faceRect(o) ?? { x: 0, y: 0, width: o.width, height: o.height };
  const base = await pixels(art, pose, "open", "X", o);
  const stride = o.width * 4;
  const from = rect.y;
  const to = rect.y + rect.height;
  async function* sprites(): AsyncGenerator<PoseSprite> {
    for (const eyes of ["open", "closed"] as const) {
      for (const mouth of VISEMES) {
        const face = await pixels(art, pose, eyes, mouth, o, rect);
        const band = Buffer.from(base.subarray(from * stride, to * stride));
        const row = rect.width * 4;
        for (let y = 0; y < rect.height; y++) face.copy(band, y * stride + rect.x * 4, y * row, (y + 1) * row);
        yield { eyes, mouth, band, left: rect.x, right: rect.x + rect.width };
      }
    }
  }
  return { base, from, to, sprites };
}
