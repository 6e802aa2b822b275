import { createHash, randomUUID } from "node:crypto";
import { mkdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import { settleAll } from "@/lib/render/settle-all";
import path from "node:path";
import { fileExists } from "@/lib/render/file-exists";
import { artForAvatar } from "./art/art-for-avatar";
import { POSES } from "./art/presenter-svg";
import { faceRect } from "./face-rect";
import { poseSprites } from "./pose-sprites";
import { circleSquare, cutColumns, paintedRect } from "./sprite-crop";
import { spriteName } from "./sprite-name";
import { splicedPngEncoder } from "./spliced-png-encoder";
import type { SpriteOptions, SpriteRect, SpriteSet } from "./types";

// Bumped when the layer framing or sprite layout changes (the art has its own version).
const LAYOUT_VERSION = 2;
const COMPLETE = "complete";
const CROP = "crop.json";

function circleColor(o: SpriteOptions): string | null {
  if (o.style !== "circle") return null;
  const c = (o.circleColor ?? "#ffffff").toLowerCase();
  const short = /^#([0-9a-f])([0-9a-f])([0-9a-f])$/.exec(c);
  if (short) return `#${short[1]}${short[1]}${short[2]}${short[2]}${short[3]}${short[3]}`;
  if (!/^#[0-9a-f]{6}$/.test(c)) throw new Error(`circle colour must be #rrggbb, got ${o.circleColor}`);
  return c;
}

function spriteSet(dir: string, o: SpriteOptions, crop: SpriteRect): SpriteSet {
  return { dir, width: o.width, height: o.height, crop, poses: POSES.length, file: (p, e, m) => path.join(dir, spriteName(p, e, m)) };
}

// RGBA PNGs of the styled presenter layer, one per (pose, eyes, mouth), rasterised once and kept in
// `cacheDir` under a hash of everything that changes the pixels. Each holds the same rectangle of the
// frame-sized layer (`crop`, saved beside them): what any pose paints. A set is written to a temporary
// folder and renamed into place when complete, so concurrent workers never see half a set.
export async function presenterSprites(avatarId: string, o: SpriteOptions, cacheDir: string): Promise<SpriteSet> {
  if (!Number.isInteger(o.width) || !Number.isInteger(o.height) || o.width < 2 || o.height < 2) {
    throw new Error(`sprite size must be whole pixels, got ${o.width}x${o.height}`);
  }
  const art = artForAvatar(avatarId);
  const color = circleColor(o);
  const options = { ...o, circleColor: color ?? undefined };
  const hash = createHash("sha256")
    .update(JSON.stringify([LAYOUT_VERSION, art.version, avatarId, o.width, o.height, o.style, color]))
    .digest("hex")
    .slice(0, 16);
  const dir = path.join(path.resolve(cacheDir), `${avatarId}-${o.style}-${o.width}x${o.height}-${hash}`);
  if (await fileExists(path.join(dir, COMPLETE)))
    return spriteSet(dir, o, JSON.parse(await readFile(path.join(dir, CROP), "utf8")) as SpriteRect);

  const tmp = `${dir}.tmp-${process.pid}-${randomUUID()}`;
  let crop: SpriteRect;
  await mkdir(tmp, { recursive: true });
  try {
    // Poses in parallel: resvg and deflate both run on libuv's thread pool.
    const poses = await Promise.all(POSES.map((_, pose) => poseSprites(art, pose, options)));
    const face = faceRect(o) ?? undefined;
    crop =
      o.style === "circle"
        ? circleSquare(o)
        : paintedRect(
            poses.map((p) => p.base),
            o.width,
            o.height,
            face,
          );
    const c = crop;
    // Every pose finishes (or fails) before the temp folder is removed: a failed write (a full disk) must not
    // race the cleanup.
    await settleAll(
      poses.map(async (frames, pose) => {
        // The face band's rows, inside the crop (a circle's square can cut the face: clamp).
        const from = Math.min(Math.max(frames.from, c.y), c.y + c.height);
        const to = Math.max(Math.min(frames.to, c.y + c.height), from);
        const stride = o.width * 4;
        const base = cutColumns(frames.base.subarray(c.y * stride), o.width, c.height, c.x, c.width);
        const encoder = await splicedPngEncoder(base, c.width, c.height, from - c.y, to - c.y);
        for await (const sprite of frames.sprites()) {
          const band = cutColumns(sprite.band.subarray((from - frames.from) * stride), o.width, to - from, c.x, c.width);
          const left = Math.min(Math.max(sprite.left - c.x, 0), c.width);
          const right = Math.max(Math.min(sprite.right - c.x, c.width), left);
          const png = await encoder.encode(band, left, right);
          await writeFile(path.join(tmp, spriteName(pose, sprite.eyes, sprite.mouth)), png);
        }
      }),
    );
    await writeFile(path.join(tmp, CROP), JSON.stringify(crop));
    await writeFile(path.join(tmp, COMPLETE), "");
    await rename(tmp, dir).catch(async (error: unknown) => {
      // Another worker finished the same set first: use theirs.
      if (!(await fileExists(path.join(dir, COMPLETE)))) throw error;
    });
  } finally {
    // A leftover temp folder is harmless (the cache may be deleted any time); the first error matters.
    await rm(tmp, { recursive: true, force: true }).catch(() => undefined);
  }
  return spriteSet(dir, o, crop);
}
