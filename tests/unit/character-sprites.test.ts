import { mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { presenterPreview } from "@/lib/render/character/presenter-preview";
import { presenterSprites } from "@/lib/render/character/presenter-sprites";
import { renderAsync } from "@resvg/resvg-js";
import { artForAvatar } from "@/lib/render/character/art/art-for-avatar";
import { presenterLayer } from "@/lib/render/character/presenter-layer";
import { VISEMES, type Eyes, type SpriteSet, type Viseme } from "@/lib/render/character/types";
import { decodePng } from "../support/decode-png";

const cache = mkdtempSync(path.join(tmpdir(), "sprites-"));
afterAll(() => rmSync(cache, { recursive: true, force: true }));

const W = 320;
const H = 180;
// A sprite seen on the frame-sized layer: pixels outside the set's crop are transparent.
function frame(set: SpriteSet, pose: number, eyes: Eyes, mouth: Viseme) {
  const png = decodePng(readFileSync(set.file(pose, eyes, mouth)));
  const c = set.crop;
  expect([png.width, png.height]).toEqual([c.width, c.height]);
  const inside = (x: number, y: number) => x >= c.x && y >= c.y && x < c.x + c.width && y < c.y + c.height;
  return {
    width: set.width,
    height: set.height,
    rgba: png.rgba,
    pixel: (x: number, y: number) => (inside(Math.floor(x), Math.floor(y)) ? png.pixel(x - c.x, y - c.y) : [0, 0, 0, 0]),
  };
}

describe("presenterSprites", () => {
  it("keeps the painted part of the frame-sized layer, transparent around the presenter in normal style", async () => {
    for (const avatar of ["avs_presenter_maya", "avs_presenter_daniel"]) {
      const set = await presenterSprites(avatar, { width: W, height: H, style: "normal" }, cache);
      const png = frame(set, 0, "open", "X");
      expect([png.width, png.height]).toEqual([W, H]);
      // Upper body in the middle: the crop is well under the whole frame.
      expect(set.crop.width * set.crop.height).toBeLessThan(W * H * 0.6);
      expect(png.pixel(0, 0)[3]).toBe(0);
      expect(png.pixel(W - 1, 0)[3]).toBe(0);
      // The face, on the centre line in the upper third, is opaque; the body reaches the bottom edge.
      expect(png.pixel(W / 2, Math.round(H * 0.3))[3]).toBe(255);
      expect(png.pixel(W / 2, H - 1)[3]).toBe(255);
    }
  });

  it("fills the circle with the circle colour and leaves the outside transparent", async () => {
    const set = await presenterSprites("avs_presenter_maya", { width: W, height: H, style: "circle", circleColor: "#3366cc" }, cache);
    const png = frame(set, 1, "open", "D");
    expect(set.crop).toEqual({ x: (W - H) / 2, y: 0, width: H, height: H });
    // Beside the head, inside the circle (diameter = frame height, centred).
    expect(png.pixel(W / 2 - 0.4 * H, H / 2)).toEqual([0x33, 0x66, 0xcc, 255]);
    expect(png.pixel(W / 2, 2)).toEqual([0x33, 0x66, 0xcc, 255]);
    // Outside the circle: the corners and beside it.
    for (const [x, y] of [
      [0, 0],
      [W - 1, H - 1],
      [W / 2 - H / 2 - 3, H / 2],
      [W / 2 + H / 2 + 3, H / 2],
    ] as const) {
      expect(png.pixel(x, y)[3]).toBe(0);
    }
  });

  it("changes only the mouth region between mouth shapes, and only the eyes for a blink", async () => {
    const set = await presenterSprites("avs_presenter_daniel", { width: W, height: H, style: "closeUp" }, cache);
    const rest = frame(set, 0, "open", "X");
    const changedBox = (other: ReturnType<typeof frame>) => {
      let [minX, minY, maxX, maxY] = [W, H, -1, -1];
      for (let y = 0; y < H; y++) {
        for (let x = 0; x < W; x++) {
          if (rest.pixel(x, y).join() === other.pixel(x, y).join()) continue;
          [minX, minY, maxX, maxY] = [Math.min(minX, x), Math.min(minY, y), Math.max(maxX, x), Math.max(maxY, y)];
        }
      }
      return { minX, minY, maxX, maxY };
    };
    for (const mouth of VISEMES.filter((v) => v !== "X")) {
      const box = changedBox(frame(set, 0, "open", mouth));
      expect(box.maxX, mouth).toBeGreaterThan(0);
      // The mouth sits below the eyes, around the centre line, in a small box.
      expect(box.minY).toBeGreaterThan(H * 0.43);
      expect(box.maxY).toBeLessThan(H * 0.6);
      expect(box.maxX - box.minX).toBeLessThan(W * 0.15);
      expect(Math.abs((box.minX + box.maxX) / 2 - W / 2)).toBeLessThan(W * 0.03);
    }
    // closeUp puts the eyes at about 0.36 of the height.
    const blink = changedBox(frame(set, 0, "closed", "X"));
    expect(blink.minY).toBeGreaterThan(H * 0.3);
    expect(blink.maxY).toBeLessThan(H * 0.42);
  });

  it("differs between idle poses", async () => {
    const set = await presenterSprites("avs_presenter_maya", { width: W, height: H, style: "normal" }, cache);
    expect(frame(set, 1, "open", "X").rgba.equals(frame(set, 0, "open", "X").rgba)).toBe(false);
  });

  it("loses no painted pixel to the crop: every pose matches a whole-frame render", async () => {
    const o = { width: W, height: H, style: "normal" as const };
    const set = await presenterSprites("avs_presenter_daniel", o, cache);
    for (let pose = 0; pose < set.poses; pose++) {
      const whole = (
        await renderAsync(presenterLayer(artForAvatar("avs_presenter_daniel"), { pose, eyes: "closed", mouth: "B" }, o), {
          font: { loadSystemFonts: false },
        })
      ).pixels;
      const sprite = frame(set, pose, "closed", "B");
      for (let y = 0; y < H; y++) {
        for (let x = 0; x < W; x++) {
          const alpha = whole[(y * W + x) * 4 + 3];
          if (alpha !== sprite.pixel(x, y)[3])
            expect.fail(`pose ${pose} (${x},${y}): alpha ${sprite.pixel(x, y)[3]}, whole frame ${alpha}`);
        }
      }
    }
  });

  it("reuses the cached set on the second call", async () => {
    const options = { width: 160, height: 90, style: "circle" as const, circleColor: "#ABC" };
    const first = await presenterSprites("avs_presenter_daniel", options, cache);
    const file = first.file(2, "closed", "F");
    const written = statSync(file).mtimeMs;
    const second = await presenterSprites("avs_presenter_daniel", { ...options, circleColor: "#aabbcc" }, cache);
    expect(second.dir).toBe(first.dir);
    expect(statSync(file).mtimeMs).toBe(written);
    const other = await presenterSprites("avs_presenter_daniel", { ...options, circleColor: "#000000" }, cache);
    expect(other.dir).not.toBe(first.dir);
  });

  it("refuses an unknown avatar and a malformed colour", async () => {
    await expect(presenterSprites("nope", { width: W, height: H, style: "normal" }, cache)).rejects.toThrow(/art/);
    await expect(
      presenterSprites("avs_presenter_maya", { width: W, height: H, style: "circle", circleColor: "red;" }, cache),
    ).rejects.toThrow(/colour/);
  });
});

describe("presenterPreview", () => {
  it("renders an opaque PNG of the asked size", async () => {
    const png = decodePng(await presenterPreview("avs_presenter_maya", { width: 320, height: 180 }));
    expect([png.width, png.height]).toEqual([320, 180]);
    expect(png.pixel(0, 0)[3]).toBe(255);
  });
});
