import { createHash, randomUUID } from "node:crypto";
import { mkdir, rename, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { fileExists } from "@/lib/render/file-exists";
import { spriteName } from "@/lib/render/character/sprite-name";
import { splicedPngEncoder } from "@/lib/render/character/spliced-png-encoder";
import type { PresenterLayer } from "@/lib/render/plan";
import { faceRig, MOUTH_SHAPES, posePoints, type FacePose } from "./face-rig";
import { paintClosedSeam, paintMouthInterior } from "./mouth-interior";
import { photoCanvas, type PhotoCanvasOptions } from "./photo-canvas";
import { poseOf, type PhotoKey, type TalkingStyle } from "./photo-motion";
import type { PhotoInput } from "./types";
import { movedBox, warpTriangles, type Box, type Image } from "./warp";

// Bumped when the rig, the warp or the canvas change the pixels.
const VERSION = 2;
// Photos compress poorly at any level: the fastest one keeps sprite making quick.
const PNG_LEVEL = 1;

export type PhotoSpriteOptions = PhotoCanvasOptions & { style: TalkingStyle; happy: boolean };
export type PhotoSprites = { dir: string; file(key: PhotoKey): string; made: number };

// Written beside its place and renamed in, so a concurrent render never reads half a sprite.
async function store(target: string, png: Buffer): Promise<void> {
  const tmp = `${target}.${process.pid}-${randomUUID()}.tmp`;
  try {
    await writeFile(tmp, png);
    await rename(tmp, target);
  } finally {
    await rm(tmp, { force: true });
  }
}

const copy = (img: Image): Image => ({ data: Uint8Array.from(img.data), width: img.width, height: img.height });

function intersect(a: Box, b: Box): Box | null {
  const box = { x0: Math.max(a.x0, b.x0), y0: Math.max(a.y0, b.y0), x1: Math.min(a.x1, b.x1), y1: Math.min(a.y1, b.y1) };
  return box.x1 > box.x0 && box.y1 > box.y0 ? box : null;
}

/**
 * PNG sprites (premultiplied RGBA of the layer's visible part) of the talking photo, one per key asked for,
 * cached in `cacheDir` under a hash of everything that changes their pixels; only missing ones are made.
 * Per head pose, the whole head is warped once; each mouth and blink then redraws only the triangles that
 * moved, so the rest of the face stays pixel-identical between them.
 */
export async function photoSprites(
  input: PhotoInput,
  layer: PresenterLayer,
  o: PhotoSpriteOptions,
  keys: readonly PhotoKey[],
  cacheDir: string,
): Promise<PhotoSprites> {
  const hash = createHash("sha256")
    .update(JSON.stringify([VERSION, input.hash, layer.style, layer.rect, layer.visible, layer.photo, layer.circleBackground, o]))
    .digest("hex")
    .slice(0, 20);
  const dir = path.join(path.resolve(cacheDir), `photo-${input.hash.slice(0, 12)}-${hash}`);
  const file = (k: PhotoKey) => path.join(dir, spriteName(k.pose, k.eyes, k.mouth));
  const unique = [...new Map(keys.map((k) => [file(k), k])).values()];
  const missing: PhotoKey[] = [];
  for (const k of unique) if (!(await fileExists(file(k)))) missing.push(k);
  if (missing.length === 0) return { dir, file, made: 0 };

  await mkdir(dir, { recursive: true });
  const canvas = await photoCanvas(input, layer, o);
  const { person, area } = canvas;
  const rig = faceRig(canvas.landmarks);
  const base = { data: new Uint8Array(person.data.length), width: area.w, height: area.h };
  canvas.finish(person, base, { x0: 0, y0: 0, x1: area.w, y1: area.h });
  const reach = intersect(rig.reach, { x0: 0, y0: 0, x1: area.w, y1: area.h });
  const face = (k: PhotoKey): FacePose => ({ ...poseOf(k.pose, o.style), eyes: k.eyes, mouth: k.mouth, happy: o.happy });
  const byPose = new Map<number, PhotoKey[]>();
  for (const k of missing) byPose.set(k.pose, [...(byPose.get(k.pose) ?? []), k]);

  const pending: Promise<void>[] = [];
  for (const [pose, list] of byPose) {
    const rest = posePoints(rig, face({ pose, eyes: "open", mouth: "X" }));
    const posed = copy(person);
    const shown = copy(base);
    if (reach) {
      warpTriangles(person, posed, rig.rest, rest, rig.triangles, reach);
      paintClosedSeam(posed, rest, rig.mouthWidth, rig.frame.roll, reach);
      canvas.finish(posed, shown, reach);
    }
    // What each sprite of this pose redraws: the triangles that moved from the rest pose. The PNGs share the
    // compressed rows outside the union of those boxes.
    const plans = list.map((k) => {
      const to = posePoints(rig, face(k));
      const moved = movedBox(
        rest,
        to,
        rig.triangles,
        (p) => Math.abs(to[p * 2]! - rest[p * 2]!) + Math.abs(to[p * 2 + 1]! - rest[p * 2 + 1]!) > 1e-3,
      );
      return { k, to, box: moved && reach ? intersect(moved, reach) : null };
    });
    const boxes = plans.flatMap((p) => (p.box ? [p.box] : []));
    const band = boxes.length
      ? {
          x0: Math.min(...boxes.map((b) => b.x0)),
          y0: Math.min(...boxes.map((b) => b.y0)),
          x1: Math.max(...boxes.map((b) => b.x1)),
          y1: Math.max(...boxes.map((b) => b.y1)),
        }
      : { x0: 0, y0: 0, x1: area.w, y1: Math.min(1, area.h) };
    const encoder = await splicedPngEncoder(shown.data, area.w, area.h, band.y0, band.y1, PNG_LEVEL);
    for (const { k, to, box } of plans) {
      let pixels = shown;
      if (box) {
        const warped = copy(posed);
        warpTriangles(person, warped, rig.rest, to, rig.triangles, box);
        if (MOUTH_SHAPES[k.mouth].gap > 0) paintMouthInterior(warped, to, k.mouth, rig.mouthWidth, rig.frame.roll, box);
        else paintClosedSeam(warped, to, rig.mouthWidth, rig.frame.roll, box);
        pixels = copy(shown);
        canvas.finish(warped, pixels, box);
      }
      const stride = area.w * 4;
      // Compressed on libuv's threads while the next sprite is warped here; at most two at once.
      pending.push(
        encoder.encode(pixels.data.subarray(band.y0 * stride, band.y1 * stride), band.x0, band.x1).then((png) => store(file(k), png)),
      );
      if (pending.length >= 2) await pending.shift();
    }
    await Promise.all(pending.splice(0));
  }
  return { dir, file, made: missing.length };
}
