import { createHash, randomUUID } from "node:crypto";
import { access, mkdir, rename, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { artForAvatar } from "./art/art-for-avatar";
import { POSES } from "./art/presenter-svg";
import { poseSprites } from "./pose-sprites";
import { spriteName } from "./sprite-name";
import { splicedPngEncoder } from "./spliced-png-encoder";
import type { SpriteOptions, SpriteSet } from "./types";

// Bumped when the layer framing or sprite layout changes (the art has its own version).
const LAYOUT_VERSION = 1;
const COMPLETE = "complete";

const exists = (p: string) => access(p).then(() => true, () => false);

function circleColor(o: SpriteOptions): string | null {
  if (o.style !== "circle") return null;
  const c = (o.circleColor ?? "#ffffff").toLowerCase();
  const short = /^#([0-9a-f])([0-9a-f])([0-9a-f])$/.exec(c);
  if (short) return `#${short[1]}${short[1]}${short[2]}${short[2]}${short[3]}${short[3]}`;
  if (!/^#[0-9a-f]{6}$/.test(c)) throw new Error(`circle colour must be #rrggbb, got ${o.circleColor}`);
  return c;
}

function spriteSet(dir: string, o: SpriteOptions): SpriteSet {
  return { dir, width: o.width, height: o.height, poses: POSES.length, file: (p, e, m) => path.join(dir, spriteName(p, e, m)) };
}

// Frame-sized RGBA PNGs of the styled presenter layer, one per (pose, eyes, mouth), rasterised once and
// kept in `cacheDir` under a hash of everything that changes the pixels. A set is written to a temporary
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
  const set = spriteSet(dir, o);
  if (await exists(path.join(dir, COMPLETE))) return set;

  const tmp = `${dir}.tmp-${process.pid}-${randomUUID()}`;
  await mkdir(tmp, { recursive: true });
  try {
    // Poses in parallel: resvg and deflate both run on libuv's thread pool.
    await Promise.all(
      POSES.map(async (_, pose) => {
        const frames = await poseSprites(art, pose, options);
        const encoder = await splicedPngEncoder(frames.base, o.width, o.height, frames.from, frames.to);
        for await (const sprite of frames.sprites()) {
          const png = await encoder.encode(sprite.band, sprite.left, sprite.right);
          await writeFile(path.join(tmp, spriteName(pose, sprite.eyes, sprite.mouth)), png);
        }
      }),
    );
    await writeFile(path.join(tmp, COMPLETE), "");
    await rename(tmp, dir).catch(async (error: unknown) => {
      // Another worker finished the same set first: use theirs.
      if (!(await exists(path.join(dir, COMPLETE)))) throw error;
    });
  } finally {
    await rm(tmp, { recursive: true, force: true });
  }
  return set;
}
