import path from "node:path";
import { build } from "esbuild";
import { describe, expect, it } from "vitest";
import { positioningLayout } from "@/components/studio/positioning-layout";
import { MIN_SCALE, clampScale, dragOffset, handleScale, keyChange, snapToCentre, wheelScale } from "@/components/studio/positioning-math";
import { videoRequestSchema } from "@/lib/contract/schema";
import { CAPTION_STYLE } from "@/lib/render/captions/caption-style";
import { planVideo } from "@/lib/render/plan";

const frame = { width: 1920, height: 1080 };
const avatar = (extra: Record<string, unknown> = {}) => ({ type: "avatar" as const, avatar_id: "avs_presenter_maya", ...extra });

describe("positioning input helpers", () => {
  it("a drag of d frame pixels moves the offset by d / frame size, which moves the plan's rect by d", () => {
    const start = { x: 0.1, y: -0.05 };
    const moved = dragOffset(start, 192, -54, frame);
    expect(moved.x).toBeCloseTo(0.2, 10);
    expect(moved.y).toBeCloseTo(-0.1, 10);
    const rect = (offset: { x: number; y: number }) =>
      positioningLayout(frame, { character: avatar({ scale: 0.5, offset }) }).presenter!.layer.rect;
    const [a, b] = [rect(start), rect(moved)];
    expect([b.x - a.x, b.y - a.y, b.w, b.h]).toEqual([192, -54, a.w, a.h]);
  });

  it("snaps an axis to the centre within the threshold and says which guide to show", () => {
    expect(snapToCentre({ x: 5 / 1920, y: 0.2 }, frame, 6)).toEqual({ offset: { x: 0, y: 0.2 }, snapped: { x: true, y: false } });
    expect(snapToCentre({ x: 7 / 1920, y: -6 / 1080 }, frame, 6)).toEqual({
      offset: { x: 7 / 1920, y: 0 },
      snapped: { x: false, y: true },
    });
  });

  it("the wheel doubles or halves the scale per 500 px, clamped to the contract's range", () => {
    expect(wheelScale(1, -500, 5)).toBe(2);
    expect(wheelScale(1, 500, 5)).toBe(0.5);
    expect(wheelScale(4, -1000, 5)).toBe(5);
    expect(wheelScale(0.06, 5000, 5)).toBe(MIN_SCALE);
    expect(clampScale(Number.NaN, 5)).toBe(1);
    expect(positioningLayout(frame, { character: { type: "talking_photo", talking_photo_id: "t" } }).maxScale).toBe(2);
  });

  it("the corner handle scales by the pointer's distance from the layer's centre", () => {
    const centre = { x: 960, y: 540 };
    expect(handleScale(1, centre, { x: 1920, y: 1080 }, { x: 1440, y: 810 }, 5)).toBe(0.5);
    expect(handleScale(0.5, centre, { x: 1200, y: 540 }, { x: 1680, y: 540 }, 5)).toBe(1.5);
    expect(handleScale(1, centre, { x: 1920, y: 1080 }, { x: 9e6, y: 9e6 }, 2)).toBe(2);
  });

  it("keys: arrows move by 1% (10% with Shift), + and - scale by 5%, other keys are not the tool's", () => {
    const o = { x: 0, y: 0 };
    expect(keyChange("ArrowRight", false, 1, o, 5)).toEqual({ offset: { x: 0.01, y: 0 } });
    expect(keyChange("ArrowUp", true, 1, o, 5)).toEqual({ offset: { x: 0, y: -0.1 } });
    expect(keyChange("+", false, 1, o, 5)).toEqual({ scale: 1.05 });
    expect(keyChange("-", false, 1, o, 5)).toEqual({ scale: 0.952 });
    expect(keyChange("a", false, 1, o, 5)).toBeNull();
  });
});

describe("positioningLayout", () => {
  it("is the engine's plan: the same presenter layer and background placement", () => {
    const scene = {
      character: avatar({ scale: 0.7, offset: { x: -0.3, y: 0.15 }, avatar_style: "circle", circle_background_color: "#123456" }),
    };
    const layout = positioningLayout({ width: 1080, height: 1920 }, scene);
    const req = videoRequestSchema.parse({
      dimension: { width: 1080, height: 1920 },
      video_inputs: [{ ...scene, voice: { type: "silence" } }],
    });
    const plan = planVideo(req, { voiceDurations: [1], media: {} }).scenes[0]!;
    expect(layout.presenter!.layer).toEqual(plan.presenter);
    const r = plan.presenter!.rect;
    expect(layout.presenter!.disc).toEqual({ cx: r.x + r.w / 2, cy: r.y + r.h / 2, r: r.w / 2, fill: "#123456" });
    expect(layout.presenter!.art).toMatchObject({ x: r.x, y: r.y, w: r.w, h: r.h });
    expect(decodeURIComponent(layout.presenter!.art!.href)).toContain("<svg");
  });

  it("places a background still as the engine crops it, and shows the fill without one", () => {
    const scene = { background: { type: "image" as const, url: "https://x.test/i.png", fit: "crop" as const } };
    const withMedia = positioningLayout({ width: 320, height: 180 }, scene, { url: "/thumb.png", width: 200, height: 300 });
    // 200x300 scaled to fill 320 wide: 320x480, centre-cropped to rows 150..330.
    expect(withMedia.background).toEqual({ fill: "#f6f6fc", image: { href: "/thumb.png", x: 0, y: -150, w: 320, h: 480 } });
    expect(positioningLayout({ width: 320, height: 180 }, scene).background).toEqual({ fill: "#f6f6fc" });
    expect(positioningLayout({ width: 320, height: 180 }, { background: { type: "color", value: "#112233" } }).background).toEqual({
      fill: "#112233",
    });
  });

  it("the caption area uses the captions' own margins", () => {
    const { captions } = positioningLayout(frame, {});
    expect(captions.x).toBe(Math.round(1920 * CAPTION_STYLE.marginX));
    expect(captions.x + captions.w).toBe(1920 - captions.x);
    expect(captions.y + captions.h).toBe(1080 - Math.round(1080 * CAPTION_STYLE.marginBottom));
  });

  it("draws art only where the engine has sprites: built-in avatars, not talking photos or unknown avatars", () => {
    expect(positioningLayout(frame, { character: avatar() }).presenter!.art).toBeDefined();
    expect(positioningLayout(frame, { character: avatar({ avatar_id: "someone_else" }) }).presenter!.art).toBeUndefined();
    const photo = positioningLayout(frame, { character: { type: "talking_photo", talking_photo_id: "t", scale: 0.5 } }).presenter!;
    expect([photo.art, photo.layer.rect]).toEqual([undefined, { x: 480, y: 270, w: 960, h: 540 }]);
    expect(positioningLayout(frame, {}).presenter).toBeUndefined();
  });

  it("a scene outside the contract throws rather than drawing something the engine would refuse", () => {
    expect(() => positioningLayout(frame, { character: avatar({ scale: 6 }) })).toThrow();
  });

  it("the component's import chain is browser-safe: no Node built-ins, no server-only module", async () => {
    const root = path.resolve(import.meta.dirname, "../..");
    const result = await build({
      entryPoints: [path.join(root, "components/studio/positioning-preview.tsx")],
      bundle: true,
      write: false,
      platform: "browser",
      format: "esm",
      jsx: "automatic",
      metafile: true,
      logLevel: "silent",
      alias: { "@": root },
      external: ["react", "react-dom", "react/jsx-runtime"],
    });
    const inputs = Object.keys(result.metafile.inputs);
    expect(inputs.some((f) => f.includes("lib/render/plan/plan-video.ts"))).toBe(true);
    expect(inputs.filter((f) => /server-only|^node:/.test(f))).toEqual([]);
  }, 30_000);
});
