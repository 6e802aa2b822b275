import { execFile } from "node:child_process";
import { mkdir, readFile, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import { promisify } from "node:util";
import { beforeAll, describe, expect, it } from "vitest";
import { videoRequestSchema } from "@/lib/contract/schema";
import { binaries } from "@/lib/render/binaries";
import { buildCues, writeAss } from "@/lib/render/captions";
import { assemble, composeScene, encodeVoice, gifPreview, remux, sceneGraph, thumbnail, writeSegmentList } from "@/lib/render/compose";
import { runFfmpeg } from "@/lib/render/ffmpeg";
import { ffprobe } from "@/lib/render/ffprobe";
import { planVideo } from "@/lib/render/plan";
import { colourName, mp4File, pixel, png, quadrantImage, quadrantSprite, rampVideo, readFrames, tempDir } from "./media-fixtures";

const exec = promisify(execFile);
const W = 320;
const H = 180;
let dir: string;

const request = videoRequestSchema.parse({
  video_inputs: [
    { voice: { type: "silence" }, background: { type: "color", value: "#204060" } },
    { voice: { type: "silence" }, background: { type: "image", url: "https://x.test/i.png", fit: "crop" } },
    {
      voice: { type: "silence" },
      background: { type: "video", url: "https://x.test/v.mp4", play_style: "loop" },
      character: { type: "avatar", avatar_id: "a", scale: 0.5 },
    },
  ],
  dimension: { width: W, height: H },
});
const plan = planVideo(request, {
  voiceDurations: [1.01, 0.5, 1.23],
  media: { "1": { width: 200, height: 300 }, "2": { width: 160, height: 90, duration: 0.8 } },
});

async function streamDurations(file: string): Promise<Record<string, number>> {
  const { stdout } = await exec(binaries().ffprobe, ["-v", "error", "-show_entries", "stream=codec_type,duration", "-of", "json", file]);
  const streams = (JSON.parse(stdout) as { streams: { codec_type: string; duration: string }[] }).streams;
  return Object.fromEntries(streams.map((s) => [s.codec_type, Number(s.duration)]));
}

beforeAll(async () => {
  dir = await tempDir();
});

describe("captioned twin", () => {
  it("differs from the clean segment only in the caption area", async () => {
    const scene = plan.scenes[0]!;
    const ass = path.join(dir, "s0.ass");
    const words = [
      { text: "Hello", start: 0, end: 0.4 },
      { text: "captions!", start: 0.45, end: 1 },
    ];
    await writeFile(ass, writeAss(buildCues([{ offset: 0, duration: scene.duration, words }]), { width: W, height: H }));
    const clean = path.join(dir, "clean.mp4");
    const captioned = path.join(dir, "captioned.mp4");
    await composeScene(scene, { captionsAss: ass }, { clean, captioned });
    const [a, b] = await Promise.all([readFrames(clean, W, H), readFrames(captioned, W, H)]);
    expect(b).toHaveLength(a.length);
    const f0 = a[5]!;
    const f1 = b[5]!;
    let above = 0;
    let below = 0;
    for (let i = 0; i < f0.length; i++) {
      if (Math.abs(f0[i]! - f1[i]!) <= 40) continue;
      if (Math.floor(i / 3 / W) < H * 0.6) above++;
      else below++;
    }
    expect(above).toBe(0);
    expect(below).toBeGreaterThan(50);
  }, 30_000);
});

describe("frame rates", () => {
  it.each([24, 30, 60])("a %i fps segment has exact frame times and duration", async (fps) => {
    const req = videoRequestSchema.parse({ video_inputs: [{ voice: { type: "silence" } }], dimension: { width: W, height: H }, fps });
    const scene = planVideo(req, { voiceDurations: [0.51], media: {} }).scenes[0]!;
    const out = path.join(dir, `fps${fps}.mp4`);
    await composeScene(scene, {}, { clean: out });
    expect(await ffprobe(out)).toMatchObject({ fps });
    expect((await streamDurations(out)).video).toBeCloseTo(scene.frames / fps, 4);
    expect(await readFrames(out, W, H)).toHaveLength(scene.frames);
  });
});

describe("paths and missing inputs", () => {
  it("burns captions from a folder whose name has quotes, colons, commas and brackets", async () => {
    const odd = path.join(dir, "it's: odd, [really]; dir");
    await mkdir(odd);
    const ass = path.join(odd, "c.ass");
    await writeFile(ass, writeAss([{ start: 0, end: 1, lines: ["Odd path"] }], { width: W, height: H }));
    const captioned = path.join(odd, "cap.mp4");
    await composeScene(plan.scenes[0]!, { captionsAss: ass }, { clean: path.join(odd, "clean.mp4"), captioned });
    expect((await readFrames(captioned, W, H)).length).toBe(plan.scenes[0]!.frames);
  });

  it("encodes with the operator's x264 settings: the measured options by default, others when given", async () => {
    const scene = plan.scenes[0]!;
    // x264 writes its options into the stream (an SEI message): read them back from the files.
    const options = async (file: string) => /x264 - core .*?options: (.*?)\0/s.exec((await readFile(file)).toString("latin1"))?.[1] ?? "";
    await composeScene(scene, {}, { clean: path.join(dir, "enc-default.mp4") });
    const shipped = await options(path.join(dir, "enc-default.mp4"));
    expect(shipped).toMatch(/\bsubme=1\b/);
    expect(shipped).toMatch(/\bbframes=1\b/);
    expect(shipped).toMatch(/\brc_lookahead=5\b/);
    expect(shipped).toMatch(/\bcrf=23\.0\b/);
    await composeScene(scene, {}, { clean: path.join(dir, "enc-other.mp4") }, { encoder: { preset: "ultrafast", crf: 30 } });
    const other = await options(path.join(dir, "enc-other.mp4"));
    expect(other).toMatch(/\bsubme=0\b/);
    expect(other).toMatch(/\bcrf=30\.0\b/);
    expect(other).toMatch(/\bbframes=0\b/);
  });

  it("refuses a scene with a presenter but no sprites, and captions without a file", () => {
    const withPresenter = { ...plan.scenes[0]!, presenter: plan.scenes[2]!.presenter };
    expect(() => sceneGraph(withPresenter, {}, false)).toThrow(/scene 0: the presenter needs its sprites/);
    expect(() => sceneGraph(plan.scenes[0]!, {}, true)).toThrow(/captionsAss/);
  });
});

describe("a one-scene video finished in its compose run", () => {
  it("brings its GIF and thumbnail from the same picture; the voice, padded to the scene, muxed in by copy", async () => {
    const scene = plan.scenes[2]!; // video background under a presenter clip, 31 frames
    const [video, sprite] = await Promise.all([
      rampVideo(path.join(dir, "ramp-one.mp4"), 20),
      quadrantSprite(path.join(dir, "sprite-one.png"), W, H),
    ]);
    const voice = path.join(dir, "voice-one.wav");
    // A voice shorter than the scene: padded with silence to the scene's whole frames.
    await runFfmpeg(["-filter_complex", "sine=f=440:r=48000:d=0.9[a]", "-map", "[a]", "-ac", "1", "-c:a", "pcm_s16le", "-y", voice]);
    const out = {
      clean: path.join(dir, "one.mp4"),
      gif: path.join(dir, "one.gif"),
      thumbnail: { file: path.join(dir, "one.jpg"), atSeconds: 1 },
    };
    const m4a = path.join(dir, "one.m4a");
    await Promise.all([
      composeScene(scene, { backgroundFile: mp4File(video), presenter: { clipFile: sprite } }, out),
      encodeVoice(voice, scene.duration, m4a),
    ]);
    const final = path.join(dir, "one-final.mp4");
    await remux(out.clean, m4a, final);
    const d = await streamDurations(final);
    expect(d.video).toBeCloseTo(scene.frames / 25, 3);
    expect(Math.abs(d.audio! - d.video!)).toBeLessThan(1 / 25);
    const head = (await readFile(final)).subarray(0, 4096).toString("latin1");
    expect(head.indexOf("moov")).toBeGreaterThan(-1);
    expect((await ffprobe(out.gif)).width).toBe(320);
    // The thumbnail is frame 25 of the clean picture: the same pixels as that frame of the MP4.
    const [thumb] = await readFrames(out.thumbnail.file, W, H);
    const frame = (await readFrames(out.clean, W, H))[25]!;
    for (const [x, y] of [
      [100, 60],
      [10, 10],
      [300, 170],
    ] as const) {
      const [a, b] = [pixel(thumb!, W, x, y), pixel(frame, W, x, y)];
      expect(Math.max(...a.map((v, i) => Math.abs(v - b[i]!))), `(${x}, ${y})`).toBeLessThan(24);
    }
  });
});

describe("assemble, thumbnail and GIF", () => {
  let mp4: string;
  beforeAll(async () => {
    const segments = plan.scenes.map((_, i) => path.join(dir, `seg${i}.mp4`));
    const [image, video, sprite] = await Promise.all([
      quadrantImage(path.join(dir, "q.png")),
      rampVideo(path.join(dir, "ramp.mp4"), 20),
      quadrantSprite(path.join(dir, "sprite.png"), W, H),
    ]);
    // Three kinds of segment (static colour, static image, video with a presenter clip) must still join by copy.
    const inputs = [{}, { backgroundFile: png(image) }, { backgroundFile: mp4File(video), presenter: { clipFile: sprite } }];
    await Promise.all(plan.scenes.map((s, i) => composeScene(s, inputs[i]!, { clean: segments[i]! })));
    const wav = path.join(dir, "voice.wav");
    await runFfmpeg(["-filter_complex", `sine=f=440:r=48000:d=${plan.duration}[a]`, "-map", "[a]", "-c:a", "pcm_s16le", "-y", wav]);
    mp4 = path.join(dir, "video.mp4");
    await assemble(segments, wav, mp4);
  }, 60_000);

  it("three segments join with every planned frame and no A/V drift", async () => {
    expect(plan.frames).toBe(26 + 13 + 31);
    const frames = await readFrames(mp4, W, H);
    expect(frames).toHaveLength(plan.frames);
    // The presenter clip (scale 0.5, centred) shows in the last scene: red top-left quarter at (100, 60).
    expect(colourName(pixel(frames[26 + 13 + 5]!, W, 100, 60))).toBe("red");
    expect(colourName(pixel(frames[26 + 5]!, W, 80, 150))).toBe("red");
    const d = await streamDurations(mp4);
    expect(d.video).toBeCloseTo(plan.duration, 3);
    expect(Math.abs(d.audio! - d.video!)).toBeLessThan(1 / plan.fps);
    const probe = await ffprobe(mp4);
    expect(probe).toMatchObject({ width: W, height: H, hasAudio: true, fps: 25 });
    // faststart: the moov atom comes before the media data.
    const head = (await readFile(mp4)).subarray(0, 4096).toString("latin1");
    expect(head.indexOf("moov")).toBeGreaterThan(-1);
    expect(head.indexOf("moov")).toBeLessThan(head.indexOf("mdat") === -1 ? Infinity : head.indexOf("mdat"));
  });

  it("a JPEG thumbnail and a 320 px GIF of the first seconds", async () => {
    const jpg = path.join(dir, "thumb.jpg");
    const gif = path.join(dir, "preview.gif");
    await thumbnail(mp4, jpg);
    await gifPreview(mp4, gif);
    expect(await ffprobe(jpg)).toMatchObject({ width: W, height: H });
    const g = await ffprobe(gif);
    expect(g.width).toBe(320);
    expect((await stat(gif)).size).toBeGreaterThan(100);
  });

  it("reads the segments as one video from an ffconcat list: a thumbnail mid-segment and the GIF", async () => {
    const list = await writeSegmentList(
      plan.scenes.map((_, i) => path.join(dir, `seg${i}.mp4`)),
      path.join(dir, "segments.ffconcat"),
    );
    // 0.5 s lies inside the first segment (26 frames of #204060, one keyframe), 1.3 s inside the second
    // (13 frames of the quadrant image).
    for (const [at, x, y, want] of [
      [0.5, 10, 10, [0x20, 0x40, 0x60]],
      [1.3, 80, 150, [255, 0, 0]],
    ] as const) {
      const jpg = path.join(dir, `thumb-list-${at}.jpg`);
      await thumbnail(list, jpg, { atSeconds: at });
      const got = pixel((await readFrames(jpg, W, H))[0]!, W, x, y);
      expect(Math.max(...got.map((v, i) => Math.abs(v - want[i]!))), `at ${at} s`).toBeLessThan(24);
    }
    const gif = path.join(dir, "preview-list.gif");
    await gifPreview(list, gif, { seconds: 2 });
    expect((await ffprobe(gif)).width).toBe(320);
  });
});
