import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { videoRequestSchema } from "@/lib/contract/schema";
import { composeScene } from "@/lib/render/compose/compose-scene";
import { ffprobe } from "@/lib/render/ffprobe";
import { planVideo, type ScenePlan } from "@/lib/render/plan";
import { colourName, mp4File, pixel, rampFrame, rampVideo, readFrames, tempDir } from "./media-fixtures";

// A 40-frame (1.6 s) ramp video whose grey encodes its frame number, behind a 3.2 s (80-frame) scene.
const W = 320;
const H = 180;
const SOURCE_FRAMES = 40;
let dir: string;
let video: string;

function plan(playStyle: string, voice = 3.2): ScenePlan {
  const req = videoRequestSchema.parse({
    video_inputs: [{ voice: { type: "silence" }, background: { type: "video", url: "https://x.test/v.mp4", play_style: playStyle } }],
    dimension: { width: W, height: H },
  });
  return planVideo(req, { voiceDurations: [voice], media: { "0": { width: 160, height: 90, duration: SOURCE_FRAMES / 25 } } }).scenes[0]!;
}

async function render(playStyle: string, voice?: number) {
  const scene = plan(playStyle, voice);
  const out = path.join(dir, `${playStyle}.mp4`);
  await composeScene(scene, { backgroundFile: mp4File(video) }, { clean: out });
  const frames = await readFrames(out, W, H);
  return {
    scene,
    out,
    frames,
    src: (n: number) => rampFrame(pixel(frames[n]!, W, 160, 90)),
    colour: (n: number) => colourName(pixel(frames[n]!, W, 160, 90)),
  };
}

beforeAll(async () => {
  dir = await tempDir();
  video = await rampVideo(path.join(dir, "ramp.mp4"), SOURCE_FRAMES);
}, 30_000);

describe("composeScene video play styles (40-frame source, 80-frame scene)", () => {
  it("fit_to_scene plays at half speed across the whole scene", async () => {
    const r = await render("fit_to_scene");
    expect(r.frames).toHaveLength(80);
    expect(r.src(0)).toBe(0);
    expect(Math.abs(r.src(40) - 20)).toBeLessThanOrEqual(1);
    expect(r.src(79)).toBeGreaterThanOrEqual(38);
  });

  it("freeze plays once at normal speed and holds the last frame", async () => {
    const r = await render("freeze");
    expect(r.frames).toHaveLength(80);
    expect(Math.abs(r.src(20) - 20)).toBeLessThanOrEqual(1);
    expect(r.src(60)).toBe(39);
    expect(r.src(79)).toBe(39);
  });

  it("loop restarts from the first frame", async () => {
    const r = await render("loop");
    expect(r.frames).toHaveLength(80);
    expect(r.src(39)).toBe(39);
    expect(r.src(40)).toBe(0);
    expect(Math.abs(r.src(70) - 30)).toBeLessThanOrEqual(1);
  });

  it("once plays once, then #f6f6fc", async () => {
    const r = await render("once");
    expect(r.frames).toHaveLength(80);
    expect(Math.abs(r.src(30) - 30)).toBeLessThanOrEqual(1);
    expect(r.colour(45)).toBe("fill");
    expect(r.colour(79)).toBe("fill");
  });

  it("full_video lengthens a 1 s scene to the video's 1.6 s", async () => {
    const r = await render("full_video", 1);
    expect(r.scene.frames).toBe(40);
    expect(r.frames).toHaveLength(40);
    expect(r.src(39)).toBe(39);
    expect((await ffprobe(r.out)).duration).toBeCloseTo(1.6, 3);
  });
});
