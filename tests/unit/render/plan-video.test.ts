import { describe, expect, it } from "vitest";
import { videoRequestSchema, type VideoRequest } from "@/lib/contract/schema";
import { fitMedia, framesFor, planVideo, type VideoBackground } from "@/lib/render/plan";

const voice = { type: "silence", duration: 2 };

function request(scenes: unknown[], extra: Record<string, unknown> = {}): VideoRequest {
  return videoRequestSchema.parse({ video_inputs: scenes, dimension: { width: 320, height: 180 }, ...extra });
}

describe("framesFor", () => {
  it("rounds up to whole frames without float noise", () => {
    expect(framesFor(2, 25)).toBe(50);
    expect(framesFor(2.001, 25)).toBe(51);
    expect(framesFor(0.1 * 3, 30)).toBe(9);
    expect(framesFor(0, 25)).toBe(1);
    expect(framesFor(1 / 3, 24)).toBe(8);
  });
});

describe("fitMedia (a 200x300 portrait source into 320x180)", () => {
  it("cover stretches the whole source over the frame", () => {
    const f = fitMedia("cover", 200, 300, 320, 180);
    expect(f.scaled).toEqual({ w: 320, h: 180 });
    expect(f.dest).toEqual({ x: 0, y: 0, w: 320, h: 180 });
    expect(f.source).toEqual({ x: 0, y: 0, w: 200, h: 300 });
  });
  it("crop keeps the aspect, fills and centre-crops", () => {
    const f = fitMedia("crop", 200, 300, 320, 180);
    expect(f.scaled).toEqual({ w: 320, h: 480 });
    expect(f.crop).toEqual({ x: 0, y: 150, w: 320, h: 180 });
    expect(f.dest).toEqual({ x: 0, y: 0, w: 320, h: 180 });
    expect(f.source).toEqual({ x: 0, y: 93.75, w: 200, h: 112.5 });
  });
  it("contain keeps the aspect and letterboxes with #f6f6fc", () => {
    const f = fitMedia("contain", 200, 300, 320, 180);
    expect(f.scaled).toEqual({ w: 120, h: 180 });
    expect(f.dest).toEqual({ x: 100, y: 0, w: 120, h: 180 });
    expect(f.fill).toBe("#f6f6fc");
  });
  it("contain of a wide source pads above and below", () => {
    const f = fitMedia("contain", 400, 100, 320, 180);
    expect(f.scaled).toEqual({ w: 320, h: 80 });
    expect(f.dest).toEqual({ x: 0, y: 50, w: 320, h: 80 });
  });
  it("none centres at native size and crops what is larger", () => {
    const f = fitMedia("none", 200, 300, 320, 180);
    expect(f.scaled).toEqual({ w: 200, h: 300 });
    expect(f.dest).toEqual({ x: 60, y: 0, w: 200, h: 180 });
    expect(f.crop).toEqual({ x: 0, y: 60, w: 200, h: 180 });
    expect(fitMedia("none", 100, 50, 320, 180).dest).toEqual({ x: 110, y: 65, w: 100, h: 50 });
  });
  it("crop of a wide source crops the sides", () => {
    const f = fitMedia("crop", 400, 100, 320, 180);
    expect(f.scaled).toEqual({ w: 720, h: 180 });
    expect(f.crop).toEqual({ x: 200, y: 0, w: 320, h: 180 });
  });
});

describe("planVideo", () => {
  it("sizes, fps, whole-frame scenes and their starts", () => {
    const req = request([{ voice }, { voice }], { fps: 30 });
    const plan = planVideo(req, { voiceDurations: [1.01, 2], media: {} });
    expect(plan).toMatchObject({ width: 320, height: 180, fps: 30, frames: 31 + 60, test: false });
    expect(plan.scenes[0]).toMatchObject({ frames: 31, duration: 31 / 30, startFrame: 0, background: { type: "color", color: "#f6f6fc" } });
    expect(plan.scenes[1]).toMatchObject({ frames: 60, startFrame: 31, start: 31 / 30 });
    expect(plan.scenes[0]!.presenter).toBeUndefined();
  });

  it("a WebM leaves the scenes without a background transparent, and draws the others", () => {
    const req = request([{ voice }, { voice, background: { type: "color", value: "#f6f6fc" } }], { output_format: "webm" });
    const plan = planVideo(req, { voiceDurations: [1, 1], media: {} });
    expect(plan.format).toBe("webm");
    expect(plan.scenes.map((s) => [s.format, s.background])).toEqual([
      ["webm", { type: "transparent" }],
      ["webm", { type: "color", color: "#f6f6fc" }],
    ]);
    expect(planVideo(request([{ voice }]), { voiceDurations: [1], media: {} }).scenes[0]).toMatchObject({ format: "mp4" });
  });

  it("carries the test flag and image fit", () => {
    const req = request([{ voice, background: { type: "image", url: "https://x.test/a.png", fit: "contain" } }], { test: true });
    const plan = planVideo(req, { voiceDurations: [1], media: { "0": { width: 200, height: 300 } } });
    expect(plan.test).toBe(true);
    expect(plan.scenes[0]!.test).toBe(true);
    expect(plan.scenes[0]!.background).toMatchObject({ type: "image", layout: { fit: "contain", dest: { x: 100, w: 120 } } });
  });

  it("refuses an image or video background without its size", () => {
    const req = request([{ voice, background: { type: "image", url: "https://x.test/a.png" } }]);
    expect(() => planVideo(req, { voiceDurations: [1], media: {} })).toThrow(/scene 0/);
    expect(() => planVideo(request([{ voice }]), { voiceDurations: [], media: {} })).toThrow(/voice durations/);
  });

  const videoScene = (play_style: string) => ({ voice, background: { type: "video", url: "https://x.test/v.mp4", play_style } });
  const withVideo = (play: string, voiceSec: number, videoSec: number) =>
    planVideo(request([videoScene(play)]), { voiceDurations: [voiceSec], media: { "0": { width: 640, height: 360, duration: videoSec } } })
      .scenes[0]!;

  it("fit_to_scene stretches the video over the scene", () => {
    const s = withVideo("fit_to_scene", 4, 2);
    expect(s.frames).toBe(100);
    expect(s.background).toMatchObject({ stretch: 2, playDuration: 4, after: "freeze" });
  });
  it("freeze, loop and once play at normal speed then hold, repeat or fill", () => {
    expect(withVideo("freeze", 4, 1.5).background).toMatchObject({ stretch: 1, playDuration: 1.5, after: "freeze" });
    expect(withVideo("loop", 4, 1.5).background).toMatchObject({ stretch: 1, playDuration: 1.5, after: "loop" });
    expect(withVideo("once", 4, 1.5).background).toMatchObject({ stretch: 1, playDuration: 1.5, after: "color", afterColor: "#f6f6fc" });
    expect(withVideo("freeze", 1, 3).background).toMatchObject({ playDuration: 1 });
  });
  it("full_video lengthens the scene to the video, and not below the voice", () => {
    const s = withVideo("full_video", 1, 3.01);
    expect(s.frames).toBe(76);
    expect((s.background as VideoBackground).playDuration).toBeCloseTo(3.01);
    expect(withVideo("full_video", 5, 3).frames).toBe(125);
    expect(withVideo("freeze", 1, 3).frames).toBe(25);
  });
});

describe("presenter layer", () => {
  const sceneWith = (character: Record<string, unknown>) =>
    planVideo(request([{ voice, character }]), { voiceDurations: [1], media: {} }).scenes[0]!.presenter!;

  it("a frame-sized layer at scale 1", () => {
    const p = sceneWith({ type: "avatar", avatar_id: "a" });
    expect(p).toMatchObject({
      kind: "avatar",
      style: "normal",
      rect: { x: 0, y: 0, w: 320, h: 180 },
      visible: { x: 0, y: 0, w: 320, h: 180 },
    });
  });
  it("scale about the frame centre, then offset by fractions of the frame", () => {
    expect(sceneWith({ type: "avatar", avatar_id: "a", scale: 0.5 }).rect).toEqual({ x: 80, y: 45, w: 160, h: 90 });
    const p = sceneWith({ type: "avatar", avatar_id: "a", scale: 0.5, offset: { x: 0.25, y: -0.1 } });
    expect(p.rect).toEqual({ x: 160, y: 27, w: 160, h: 90 });
    const big = sceneWith({ type: "avatar", avatar_id: "a", scale: 2, offset: { x: 0.5, y: 0 } });
    expect(big.rect).toEqual({ x: 0, y: -90, w: 640, h: 360 });
    expect(big.visible).toEqual({ x: 0, y: 0, w: 320, h: 180 });
  });
  it("a layer pushed wholly outside is invisible", () => {
    expect(sceneWith({ type: "avatar", avatar_id: "a", offset: { x: 1.5, y: 0 } }).visible).toMatchObject({ w: 0, h: 0 });
  });
  it("circle: diameter = height * scale, centred then offset, with its background colour", () => {
    const p = sceneWith({ type: "avatar", avatar_id: "a", avatar_style: "circle", scale: 0.5, offset: { x: 0.25, y: 0 } });
    expect(p.rect).toEqual({ x: 195, y: 45, w: 90, h: 90 });
    expect(p.circleBackground).toBe("#ffffff");
    expect(sceneWith({ type: "avatar", avatar_id: "a", avatar_style: "circle" }).rect).toEqual({ x: 70, y: 0, w: 180, h: 180 });
  });
  it("closeUp and talking photos follow the same geometry", () => {
    expect(sceneWith({ type: "avatar", avatar_id: "a", avatar_style: "closeUp" })).toMatchObject({
      style: "closeUp",
      rect: { w: 320, h: 180 },
    });
    const t = sceneWith({
      type: "talking_photo",
      talking_photo_id: "t",
      talking_photo_style: "circle",
      scale: 2,
      circle_background_color: "#000000",
    });
    expect(t).toMatchObject({
      kind: "talking_photo",
      style: "circle",
      rect: { x: -20, y: -90, w: 360, h: 360 },
      circleBackground: "#000000",
    });
    expect(sceneWith({ type: "talking_photo", talking_photo_id: "t" })).toMatchObject({ style: "square", rect: { w: 320, h: 180 } });
  });
});
