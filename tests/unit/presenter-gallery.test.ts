import { Resvg } from "@resvg/resvg-js";
import { describe, expect, it } from "vitest";
import { listAvatars } from "@/lib/catalog";
import { artForAvatar } from "@/lib/render/character/art/art-for-avatar";
import { POSES, presenterSvg } from "@/lib/render/character/art/presenter-svg";
import { faceRect } from "@/lib/render/character/face-rect";
import { presenterLayer } from "@/lib/render/character/presenter-layer";
import { VISEMES } from "@/lib/render/character/types";

const render = (svg: string) => new Resvg(svg, { font: { loadSystemFonts: false } }).render().pixels;

// The head and the hair around it, in art space (the face spans about x 222..378, y 120..335).
const HEAD = { x: 165, y: 80, size: 270 };
const SIZE = 256;

function head(avatarId: string): Buffer {
  const person = presenterSvg(artForAvatar(avatarId), { pose: 0, eyes: "open", mouth: "X" });
  return render(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${SIZE}" height="${SIZE}" viewBox="${HEAD.x} ${HEAD.y} ${HEAD.size} ${HEAD.size}">` +
      `<rect x="${HEAD.x}" y="${HEAD.y}" width="${HEAD.size}" height="${HEAD.size}" fill="#ffffff"/>${person}</svg>`,
  );
}

// The share of pixels whose colour differs visibly (any channel by more than 32 of 255).
function differing(a: Buffer, b: Buffer): number {
  let n = 0;
  for (let i = 0; i < a.length; i += 4) {
    if (Math.max(Math.abs(a[i]! - b[i]!), Math.abs(a[i + 1]! - b[i + 1]!), Math.abs(a[i + 2]! - b[i + 2]!)) > 32) n++;
  }
  return n / (a.length / 4);
}

describe("the presenter gallery", () => {
  const avatars = listAvatars();

  it("offers at least eight presenters, each with its own art", () => {
    expect(avatars.length).toBeGreaterThanOrEqual(8);
    expect(new Set(avatars.map((a) => a.art)).size).toBe(avatars.length);
    expect(new Set(avatars.map((a) => artForAvatar(a.avatar_id))).size).toBe(avatars.length);
  });

  it("draws distinct people: every two heads at 256 px differ in more than 15% of their pixels", () => {
    const heads = avatars.map((a) => ({ id: a.avatar_id, pixels: head(a.avatar_id) }));
    for (let i = 0; i < heads.length; i++) {
      for (let j = i + 1; j < heads.length; j++) {
        const share = differing(heads[i]!.pixels, heads[j]!.pixels);
        expect(share, `${heads[i]!.id} vs ${heads[j]!.id}`).toBeGreaterThan(0.15);
      }
    }
  });

  // Sprites redraw only the face rectangle over the base frame (eyes open, mouth at rest): every eye and
  // mouth of every presenter must change nothing outside it, in every pose.
  it("keeps every presenter's eyes and mouths inside the face rectangle", () => {
    const o = { width: 320, height: 180, style: "closeUp" as const };
    const rect = faceRect(o)!;
    for (const avatar of avatars) {
      const art = artForAvatar(avatar.avatar_id);
      POSES.forEach((_, pose) => {
        const base = render(presenterLayer(art, { pose, eyes: "open", mouth: "X" }, o));
        for (const eyes of ["open", "closed"] as const) {
          for (const mouth of VISEMES) {
            const frame = render(presenterLayer(art, { pose, eyes, mouth }, o));
            for (let y = 0; y < o.height; y++) {
              for (let x = 0; x < o.width; x++) {
                if (x >= rect.x && x < rect.x + rect.width && y >= rect.y && y < rect.y + rect.height) continue;
                const i = (y * o.width + x) * 4;
                if (frame.readUInt32LE(i) !== base.readUInt32LE(i)) {
                  expect.fail(`${avatar.avatar_id} pose ${pose} ${eyes} ${mouth} changes (${x}, ${y}) outside the face rectangle`);
                }
              }
            }
          }
        }
      });
    }
  }, 60_000);
});
