import { mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import sharp from "sharp";
import { beforeAll, describe, expect, it } from "vitest";
import { analysePhoto } from "@/lib/render/photo/analyse-photo";
import { BROWS, EYES, FACE_OVAL, photoGeometry } from "@/lib/render/photo/face-points";
import { faceRig, posePoints } from "@/lib/render/photo/face-rig";
import { photoCanvas } from "@/lib/render/photo/photo-canvas";
import { boundSprites, MAX_SPRITES, photoFrames, type PhotoKey } from "@/lib/render/photo/photo-motion";
import { photoSprites } from "@/lib/render/photo/photo-sprites";
import { MAX_SPRITE_PIXELS, spriteLayer } from "@/lib/render/photo/sprite-layer";
import { spritePlacement } from "@/lib/render/compose/presenter-chain";
import type { PhotoInput, Point } from "@/lib/render/photo/types";
import { emptyImage, warpTriangles } from "@/lib/render/photo/warp";
import { presenterLayer } from "@/lib/render/plan/presenter-layer";
import { laplacianVariance } from "../../support/sharpness";
import { VISEMES, type VisemeCue } from "@/lib/render/character/types";
import type { CharacterSettings } from "@/lib/contract/schema";

// The talking-photo engine on a real portrait (tests/fixtures/photos, public domain, see NOTICE): analysed by
// the same models as uploads, then drawn, warped and cut as a render would.
let photo: PhotoInput;
const dir = mkdtempSync(path.join(os.tmpdir(), "photo-unit-"));

const character = (c: Partial<Extract<CharacterSettings, { type: "talking_photo" }>> = {}): CharacterSettings => ({
  type: "talking_photo",
  talking_photo_id: "x",
  scale: 1,
  talking_photo_style: "square",
  offset: { x: 0, y: 0 },
  talking_style: "stable",
  expression: "default",
  super_resolution: false,
  matting: false,
  circle_background_color: "#ffffff",
  ...c,
});

const layerFor = (c: CharacterSettings, W = 640, H = 360) => presenterLayer(c, W, H, photoGeometry(photo.analysis));

async function rgba(file: string) {
  const { data, info } = await sharp(file).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
  return { data, width: info.width, height: info.height };
}

beforeAll(async () => {
  const files = {
    image: path.join(dir, "image.jpg"),
    matte: path.join(dir, "matte.png"),
    preview: path.join(dir, "preview.jpg"),
    thumbnail: path.join(dir, "thumbnail.jpg"),
  };
  const result = await analysePhoto(path.join("tests", "fixtures", "photos", "portrait-150.jpg"), files);
  if (!result.ok) throw new Error(result.message);
  photo = { hash: "unit", imagePath: files.image, mattePath: files.matte, analysis: result.analysis };
}, 60_000);

describe("the warp", () => {
  it("reproduces pixels exactly where nothing moved, and changes only the moved triangle's area", () => {
    const src = emptyImage(40, 30);
    for (let i = 0; i < src.data.length; i++) src.data[i] = (i * 37) % 251;
    const points = [0, 0, 40, 0, 40, 30, 0, 30, 20, 15];
    const triangles = [0, 1, 4, 1, 2, 4, 2, 3, 4, 3, 0, 4];
    const same = emptyImage(40, 30);
    warpTriangles(src, same, points, points, triangles, { x0: 0, y0: 0, x1: 40, y1: 30 });
    expect(Buffer.from(same.data).equals(Buffer.from(src.data))).toBe(true);
    // A bright square around the centre point, which then moves up by 5 px: so does the square.
    const spot = emptyImage(40, 30);
    for (let y = 13; y < 17; y++) for (let x = 18; x < 22; x++) spot.data.set([255, 255, 255, 255], (y * 40 + x) * 4);
    const moved = [...points];
    moved[9] = 10;
    const warped = emptyImage(40, 30);
    warpTriangles(spot, warped, points, moved, triangles, { x0: 0, y0: 0, x1: 40, y1: 30 });
    const centreY = (img: typeof src) => {
      let [sum, n] = [0, 0];
      for (let i = 0; i < 40 * 30; i++) {
        sum += Math.floor(i / 40) * img.data[i * 4]!;
        n += img.data[i * 4]!;
      }
      return sum / n;
    };
    expect(centreY(spot)).toBeCloseTo(14.5, 5);
    expect(centreY(warped)).toBeGreaterThan(9);
    expect(centreY(warped)).toBeLessThan(10.5);
  });
});

describe("talking-photo sprites", () => {
  it("keep the face outside the mouth, jaw, eyes and brows pixel-stable between mouths and blinks", async () => {
    const layer = layerFor(character());
    const keys: PhotoKey[] = [
      { pose: 4, eyes: "open", mouth: "X" },
      ...VISEMES.map((mouth) => ({ pose: 4, eyes: "closed" as const, mouth })),
    ];
    const sprites = await photoSprites(photo, layer, { matting: false, superResolution: false, style: "stable", happy: false }, keys, dir);
    const canvas = await photoCanvas(photo, layer, { matting: false, superResolution: false });
    const rig = faceRig(canvas.landmarks);
    // Where the rest pose puts the parts that may move, padded by a few pixels.
    const rest = posePoints(rig, { head: { angle: 0, dx: 0, dy: 0.002 }, browsUp: false, eyes: "open", mouth: "X", happy: false });
    const p = (i: number): Point => [rest[i * 2]!, rest[i * 2 + 1]!];
    const box = (ids: readonly number[], pad: number) => {
      const pts = ids.map(p);
      const xs = pts.map((q) => q[0]);
      const ys = pts.map((q) => q[1]);
      return { x0: Math.min(...xs) - pad, y0: Math.min(...ys) - pad, x1: Math.max(...xs) + pad, y1: Math.max(...ys) + pad };
    };
    const mw = rig.mouthWidth;
    // The mouth and jaw: from just under the nose down, across the face and out to the rig's inner ring
    // (the jaw's triangles stretch the cheeks' sides and the neck).
    const oval = box(FACE_OVAL, 0);
    const reach = 0.4 * (oval.x1 - oval.x0);
    const mouthJaw = { x0: oval.x0 - reach, x1: oval.x1 + reach, y0: p(2)[1] - 0.15 * mw, y1: oval.y1 + reach };
    // The eyes with their lids' neighbouring triangles (about a third of the mouth's width around them).
    const eyes = EYES.map((e, i) => box([...e.upper, ...e.lower, ...e.crease, ...e.corners, ...BROWS[i]!], 0.3 * mw));
    const inside = (b: { x0: number; y0: number; x1: number; y1: number }, x: number, y: number) =>
      x >= b.x0 && x <= b.x1 && y >= b.y0 && y <= b.y1;
    const base = await rgba(sprites.file(keys[0]!));
    let changed = 0;
    for (const k of keys.slice(1)) {
      const img = await rgba(sprites.file(k));
      for (let y = 0; y < img.height; y++) {
        for (let x = 0; x < img.width; x++) {
          const i = (y * img.width + x) * 4;
          if (img.data.readUInt32LE(i) === base.data.readUInt32LE(i)) continue;
          changed++;
          const allowed = inside(mouthJaw, x, y) || eyes.some((e) => inside(e, x, y));
          if (!allowed) throw new Error(`sprite ${k.eyes}-${k.mouth} changed pixel (${x}, ${y}) outside the mouth, jaw and eyes`);
        }
      }
    }
    expect(changed).toBeGreaterThan(500);
  }, 60_000);

  it("cut by the matte with an edge at most 3 px wide", async () => {
    const layer = layerFor(character({ matting: true }));
    const canvas = await photoCanvas(photo, layer, { matting: true, superResolution: false });
    const { data, width, height } = canvas.person;
    const alpha = (x: number, y: number) =>
      data[(Math.min(height - 1, Math.max(0, y)) * width + Math.min(width - 1, Math.max(0, x))) * 4 + 3]!;
    let [transparent, soft] = [0, 0];
    for (let y = 0; y < height; y++) {
      for (let x = 0; x < width; x++) {
        const a = alpha(x, y);
        if (a === 0) transparent++;
        // The frame's own edges cut the body: not the matte's.
        const border = x < 3 || y < 3 || x >= width - 3 || y >= height - 3;
        if (a === 0 || a === 255 || border) continue;
        soft++;
        // A soft pixel has both a clear and a solid one within 3 px: a ramp of at most 3 soft pixels.
        let [clear, solid] = [false, false];
        for (let dy = -3; dy <= 3; dy++) {
          for (let dx = -3; dx <= 3; dx++) {
            clear ||= alpha(x + dx, y + dy) === 0;
            solid ||= alpha(x + dx, y + dy) === 255;
          }
        }
        if (!clear || !solid) throw new Error(`the matte's edge is wider than 3 px at (${x}, ${y})`);
      }
    }
    expect(transparent).toBeGreaterThan(width * height * 0.15);
    expect(soft).toBeGreaterThan(100);
  });

  it("upscale sharper with super_resolution than a plain bilinear upscale", async () => {
    const layer = layerFor(character({ scale: 2 }), 1080, 1920);
    const variance = (img: { data: Uint8Array; width: number; height: number }) => {
      const grey = (x: number, y: number) => {
        const i = (y * img.width + x) * 4;
        return (img.data[i]! + img.data[i + 1]! + img.data[i + 2]!) / 3;
      };
      return laplacianVariance(grey, { x0: 1, y0: 1, x1: img.width - 1, y1: img.height - 1 }, 2);
    };
    const sharp = await photoCanvas(photo, layer, { matting: false, superResolution: true });
    const plain = await photoCanvas(photo, layer, { matting: false, superResolution: false });
    expect(variance(sharp.person)).toBeGreaterThan(1.5 * variance(plain.person));
  }, 30_000);

  it("in a circle: the circle colour behind the person, nothing outside the circle", async () => {
    const layer = layerFor(character({ talking_photo_style: "circle", scale: 0.8, circle_background_color: "#00ff00" }));
    const sprites = await photoSprites(
      photo,
      layer,
      { matting: false, superResolution: false, style: "stable", happy: false },
      [{ pose: 4, eyes: "open", mouth: "X" }],
      dir,
    );
    const img = await rgba(sprites.file({ pose: 4, eyes: "open", mouth: "X" }));
    const r = layer.rect.w / 2;
    const [cx, cy] = [layer.rect.x + r - layer.visible.x, layer.rect.y + r - layer.visible.y];
    const at = (x: number, y: number) => [
      ...img.data.subarray((Math.round(y) * img.width + Math.round(x)) * 4, (Math.round(y) * img.width + Math.round(x)) * 4 + 4),
    ];
    expect(at(2, 2)[3]).toBe(0);
    expect(at(cx - 0.85 * r * Math.SQRT1_2, cy - 0.85 * r * Math.SQRT1_2)).toEqual([0, 255, 0, 255]);
    expect(at(cx, cy)[3]).toBe(255);
  });
});

describe("talking-photo sprite size", () => {
  it("draws a frame-filling photo smaller, under the pixel cap, and the compose puts it back in place", () => {
    const layer = layerFor(character({ scale: 2 }), 1080, 1920);
    expect(layer.visible.w * layer.visible.h).toBeGreaterThan(MAX_SPRITE_PIXELS);
    const { layer: drawn, crop } = spriteLayer(layer);
    expect(drawn.visible.w * drawn.visible.h).toBeLessThanOrEqual(MAX_SPRITE_PIXELS * 1.01);
    const placed = spritePlacement(layer, crop).visible;
    for (const k of ["x", "y", "w", "h"] as const) expect(Math.abs(placed[k] - layer.visible[k])).toBeLessThanOrEqual(2);
    // A 720p scene's photo is drawn at its own size.
    const small = layerFor(character());
    expect(spriteLayer(small).layer).toEqual(small);
  });
});

describe("talking-photo motion", () => {
  it("raises the mouth corners for happy", () => {
    const rig = faceRig(photo.analysis.landmarks);
    const pose = { head: { angle: 0, dx: 0, dy: 0 }, browsUp: false, eyes: "open" as const, mouth: "X" as const };
    const plain = posePoints(rig, { ...pose, happy: false });
    const happy = posePoints(rig, { ...pose, happy: true });
    for (const corner of [61, 291]) expect(happy[corner * 2 + 1]!).toBeLessThan(plain[corner * 2 + 1]! - 0.03 * rig.mouthWidth);
  });

  it("uses at most 64 distinct sprites, even for a minute of expressive speech", () => {
    const cues: VisemeCue[] = Array.from({ length: 500 }, (_, i) => ({
      viseme: VISEMES[(i * 7) % 9]!,
      start: i * 0.12,
      end: (i + 1) * 0.12,
    }));
    const envelope = Array.from({ length: 6000 }, (_, i) => 0.1 + 0.1 * Math.sin(i / 40) ** 2);
    const frames = photoFrames(cues, envelope, { duration: 60, fps: 25, seed: 3, style: "expressive" });
    expect(frames.length).toBe(1500);
    const distinct = new Set(frames.map((k) => `${k.pose}-${k.eyes}-${k.mouth}`));
    expect(distinct.size).toBeLessThanOrEqual(MAX_SPRITES);
    expect(new Set(frames.map((k) => k.pose)).size).toBeGreaterThan(6);
    // The bound keeps every frame's mouth where a kept sprite has it.
    expect(frames.every((k, i) => k.mouth === (cues[Math.floor((i + 0.5) / 25 / 0.12)]?.viseme ?? k.mouth))).toBe(true);
    expect(boundSprites(frames).length).toBe(1500);
  });
});
