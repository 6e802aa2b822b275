import { renderAsync } from "@resvg/resvg-js";
import type { PresenterArt } from "./art/presenter-art";
import { faceRect } from "./face-rect";
import { presenterLayer, type PixelRect } from "./presenter-layer";
import { VISEMES, type Eyes, type SpriteOptions, type Viseme } from "./types";

export type PoseSprite = { eyes: Eyes; mouth: Viseme; pixels: Buffer };

const RENDER = { font: { loadSystemFonts: false } };

async function pixels(art: PresenterArt, pose: number, eyes: Eyes, mouth: Viseme, o: SpriteOptions, view?: PixelRect) {
  return (await renderAsync(presenterLayer(art, { pose, eyes, mouth }, o, view), RENDER)).pixels;
}

// Premultiplied RGBA frames of one pose for every (eyes, mouth). The whole frame is rasterised once;
// each sprite then redraws only the face rectangle (the same pixel grid, so the pixels match a full
// render) and pastes it into a copy of the frame: ~20 small renders instead of 18 full ones.
export async function* poseSprites(art: PresenterArt, pose: number, o: SpriteOptions): AsyncGenerator<PoseSprite> {
  const rect = faceRect(o);
  const base = await pixels(art, pose, "open", "X", o);
  for (const eyes of ["open", "closed"] as const) {
    for (const mouth of VISEMES) {
      if (!rect) {
        yield { eyes, mouth, pixels: eyes === "open" && mouth === "X" ? base : await pixels(art, pose, eyes, mouth, o) };
        continue;
      }
      const face = await pixels(art, pose, eyes, mouth, o, rect);
      const frame = Buffer.from(base);
      const row = rect.width * 4;
      for (let y = 0; y < rect.height; y++) {
        face.copy(frame, ((rect.y + y) * o.width + rect.x) * 4, y * row, (y + 1) * row);
      }
      yield { eyes, mouth, pixels: frame };
    }
  }
}
