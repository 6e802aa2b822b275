import { execFile } from "node:child_process";
import { rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { promisify } from "node:util";
import { Resvg } from "@resvg/resvg-js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { positioningLayout, type PreviewLayout } from "@/components/studio/positioning-layout";
import { videoRequestSchema } from "@/lib/contract/schema";
import { binaries } from "@/lib/render/binaries";
import { presenterSprites } from "@/lib/render/character/presenter-sprites";
import { composeScene } from "@/lib/render/compose/compose-scene";
import { planVideo, type Rect } from "@/lib/render/plan";
import { readFrames, tempDir } from "./media-fixtures";

// "What the preview shows is what the render shows": the positioning tool's layout (the component draws
// exactly these rectangles) against a frame rendered by the real engine with the real presenter sprites.
const exec = promisify(execFile);
const BG = [0, 255, 0] as const;
const BG_HEX = "#00ff00";
const AVATAR = "avs_presenter_maya";

type Box = { x0: number; y0: number; x1: number; y1: number };
type Case = { name: string; width: number; height: number; character: Record<string, unknown> };

const CASES: Case[] = [
  { name: "normal, centred", width: 320, height: 180, character: {} },
  { name: "normal, small and moved", width: 320, height: 180, character: { scale: 0.6, offset: { x: 0.25, y: 0.1 } } },
  { name: "normal, pushed off right and bottom", width: 320, height: 180, character: { scale: 1.2, offset: { x: 0.55, y: 0.35 } } },
  { name: "closeUp, larger", width: 320, height: 180, character: { avatar_style: "closeUp", scale: 1.4, offset: { x: -0.1, y: 0.05 } } },
  { name: "closeUp, off the top", width: 320, height: 180, character: { avatar_style: "closeUp", scale: 2, offset: { x: 0, y: -0.4 } } },
  {
    name: "circle, moved",
    width: 320,
    height: 180,
    character: { avatar_style: "circle", scale: 0.5, offset: { x: 0.3, y: -0.2 }, circle_background_color: "#1e3a8a" },
  },
  {
    name: "circle, off the left",
    width: 320,
    height: 180,
    character: { avatar_style: "circle", scale: 0.9, offset: { x: -0.45, y: 0 }, circle_background_color: "#7c2d12" },
  },
  { name: "portrait normal", width: 180, height: 320, character: { scale: 0.8, offset: { x: 0, y: 0.2 } } },
  {
    name: "portrait circle",
    width: 180,
    height: 320,
    character: { avatar_style: "circle", scale: 0.7, offset: { x: 0.1, y: -0.3 }, circle_background_color: "#1e3a8a" },
  },
];

// The preview's SVG, element for element as PositioningPreview draws the layout (without its overlays).
function previewSvg(l: PreviewLayout): string {
  const p = l.presenter!;
  const d = p.disc;
  const art = p.art!;
  const image = `<image href="${art.href}" x="${art.x}" y="${art.y}" width="${art.w}" height="${art.h}" preserveAspectRatio="none"/>`;
  const disc = d
    ? `<clipPath id="disc"><circle cx="${d.cx}" cy="${d.cy}" r="${d.r}"/></clipPath><circle cx="${d.cx}" cy="${d.cy}" r="${d.r}" fill="${d.fill}"/>`
    : "";
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${l.width}" height="${l.height}" viewBox="0 0 ${l.width} ${l.height}">` +
    `<rect width="${l.width}" height="${l.height}" fill="${l.background.fill}"/>` +
    `<g${d ? ` clip-path="url(#disc)"` : ""}>${disc}${image}</g></svg>`
  );
}

// The bounding box of the pixels that differ clearly from the background (RGB or RGBA rows).
function paintedBox(px: Uint8Array, w: number, h: number, channels: number): Box {
  const box = { x0: w, y0: h, x1: 0, y1: 0 };
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) {
      const i = (y * w + x) * channels;
      const diff = Math.max(Math.abs(px[i]! - BG[0]), Math.abs(px[i + 1]! - BG[1]), Math.abs(px[i + 2]! - BG[2]));
      if (diff > 48)
        [box.x0, box.y0, box.x1, box.y1] = [Math.min(box.x0, x), Math.min(box.y0, y), Math.max(box.x1, x + 1), Math.max(box.y1, y + 1)];
    }
  }
  return box;
}

// The sprite's pixels at least a quarter opaque, each mapped through `rect` (the frame-sized layer's place)
// and clipped to the frame: the box of those that stay inside it.
async function spriteBoxThrough(
  file: string,
  crop: { x: number; y: number; width: number; height: number },
  rect: Rect,
  w: number,
  h: number,
): Promise<Box> {
  const { stdout } = await exec(binaries().ffmpeg, ["-v", "error", "-i", file, "-f", "rawvideo", "-pix_fmt", "rgba", "pipe:1"], {
    encoding: "buffer",
    maxBuffer: 1 << 26,
  });
  const box = { x0: Infinity, y0: Infinity, x1: -Infinity, y1: -Infinity };
  const [kx, ky] = [rect.w / w, rect.h / h];
  for (let y = 0; y < crop.height; y++) {
    const [fy0, fy1] = [rect.y + (crop.y + y) * ky, rect.y + (crop.y + y + 1) * ky];
    if (fy1 <= 0 || fy0 >= h) continue;
    for (let x = 0; x < crop.width; x++) {
      const [fx0, fx1] = [rect.x + (crop.x + x) * kx, rect.x + (crop.x + x + 1) * kx];
      if (fx1 <= 0 || fx0 >= w || stdout[(y * crop.width + x) * 4 + 3]! < 64) continue;
      [box.x0, box.y0] = [Math.min(box.x0, Math.max(0, fx0)), Math.min(box.y0, Math.max(0, fy0))];
      [box.x1, box.y1] = [Math.max(box.x1, Math.min(w, fx1)), Math.max(box.y1, Math.min(h, fy1))];
    }
  }
  return box;
}

const expectNear = (a: Box, b: Box, px: number, what: string) => {
  for (const k of ["x0", "y0", "x1", "y1"] as const)
    expect(Math.abs(a[k] - b[k]), `${what}: ${k} ${a[k]} vs ${b[k]}`).toBeLessThanOrEqual(px);
};

let dir: string;
beforeAll(async () => {
  dir = await tempDir();
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe("the positioning preview matches a rendered frame", () => {
  for (const [n, c] of CASES.entries()) {
    it(
      c.name,
      async () => {
        const character = { type: "avatar", avatar_id: AVATAR, ...c.character };
        const scene = { character, background: { type: "color", value: BG_HEX } } as Parameters<typeof positioningLayout>[1];
        const layout = positioningLayout({ width: c.width, height: c.height }, scene);
        const { rect, visible, style } = layout.presenter!.layer;

        // The engine: plan, real sprites (neutral pose, mouth at rest), composed by ffmpeg.
        const request = videoRequestSchema.parse({
          dimension: { width: c.width, height: c.height },
          video_inputs: [{ ...scene, voice: { type: "silence" } }],
        });
        const plan = planVideo(request, { voiceDurations: [0.2], media: {} }).scenes[0]!;
        expect(plan.presenter!.rect, "the preview draws the plan's rectangle").toEqual(rect);
        const sprites = await presenterSprites(
          AVATAR,
          { width: c.width, height: c.height, style: style as "normal", circleColor: layout.presenter!.disc?.fill },
          path.join(dir, "cache"),
        );
        const sprite = sprites.file(0, "open", "X");
        const concatFile = path.join(dir, `case-${n}.ffconcat`);
        await writeFile(concatFile, `ffconcat version 1.0\nfile '${sprite}'\nduration 0.2\nfile '${sprite}'\n`);
        const crop = {
          x: sprites.crop.x,
          y: sprites.crop.y,
          w: sprites.crop.width,
          h: sprites.crop.height,
          width: c.width,
          height: c.height,
        };
        const out = path.join(dir, `case-${n}.mp4`);
        await composeScene(plan, { presenter: { concatFile, crop } }, { clean: out });
        const rendered = paintedBox((await readFrames(out, c.width, c.height))[0]!, c.width, c.height, 3);

        // Inside the drawn rectangle's visible part (1 px for 4:2:0 chroma bleeding across an edge).
        const v: Box = { x0: visible.x, y0: visible.y, x1: visible.x + visible.w, y1: visible.y + visible.h };
        expect(rendered.x0).toBeGreaterThanOrEqual(v.x0 - 1);
        expect(rendered.y0).toBeGreaterThanOrEqual(v.y0 - 1);
        expect(rendered.x1).toBeLessThanOrEqual(v.x1 + 1);
        expect(rendered.y1).toBeLessThanOrEqual(v.y1 + 1);

        // The sprite's painted box mapped through the rectangle (the circle's square is painted whole: its disc).
        if (style !== "circle")
          expectNear(rendered, await spriteBoxThrough(sprite, sprites.crop, rect, c.width, c.height), 2, "sprite box through the rect");

        // What the preview draws, rasterised: the same painted box.
        const preview = new Resvg(previewSvg(layout), { font: { loadSystemFonts: false } }).render();
        expectNear(rendered, paintedBox(preview.pixels, c.width, c.height, 4), 2, "preview");
      },
      60_000,
    );
  }
});
