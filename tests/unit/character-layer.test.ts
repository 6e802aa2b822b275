import { Resvg } from "@resvg/resvg-js";
import { describe, expect, it } from "vitest";
import { listAvatars } from "@/lib/catalog";
import { artForAvatar } from "@/lib/render/character/art/art-for-avatar";
import { POSES } from "@/lib/render/character/art/presenter-svg";
import { faceRect } from "@/lib/render/character/face-rect";
import { presenterLayer } from "@/lib/render/character/presenter-layer";
import { VISEMES, type PresenterStyle } from "@/lib/render/character/types";

const render = (svg: string) => new Resvg(svg, { font: { loadSystemFonts: false } }).render().pixels;

describe("presenterLayer", () => {
  it("has every named group of the art", () => {
    const svg = presenterLayer(
      artForAvatar("avs_presenter_maya"),
      { pose: 0, eyes: "open", mouth: "X" },
      { width: 64, height: 36, style: "normal" },
    );
    for (const id of ["body", "head", "eyes-open", "eyes-closed", ...VISEMES.map((v) => `mouth-${v}`)]) {
      expect(svg).toContain(`id="${id}"`);
    }
  });

  // Sprites redraw only the face rectangle and paste it into the whole frame; that is only seamless if
  // a partial view gives exactly the whole frame's pixels (and resvg must not fail on any of them).
  it("draws the face rectangle with exactly the pixels of the whole frame", () => {
    for (const avatar of listAvatars().map((a) => a.avatar_id)) {
      for (const style of ["normal", "closeUp", "circle"] as PresenterStyle[]) {
        for (const [width, height] of [
          [320, 180],
          [180, 320],
          [1280, 720],
        ] as const) {
          const o = { width, height, style, circleColor: "#123456" };
          const rect = faceRect(o);
          expect(rect).not.toBeNull();
          if (!rect) continue;
          POSES.forEach((_, pose) => {
            const key = { pose, eyes: "closed" as const, mouth: "D" as const };
            const art = artForAvatar(avatar);
            const full = render(presenterLayer(art, key, o));
            const part = render(presenterLayer(art, key, o, rect));
            for (let y = 0; y < rect.height; y++) {
              const from = ((rect.y + y) * width + rect.x) * 4;
              const row = full.subarray(from, from + rect.width * 4);
              expect(Buffer.compare(row, part.subarray(y * rect.width * 4, (y + 1) * rect.width * 4))).toBe(0);
            }
          });
        }
      }
    }
  });
});
