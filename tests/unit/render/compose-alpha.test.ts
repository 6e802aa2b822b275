import { execFile } from "node:child_process";
import { writeFile } from "node:fs/promises";
import path from "node:path";
import { promisify } from "node:util";
import { beforeAll, describe, expect, it } from "vitest";
import { videoRequestSchema } from "@/lib/contract/schema";
import { binaries } from "@/lib/render/binaries";
import { writeAss } from "@/lib/render/captions";
import { assemble, composeScene, thumbnail, writeSegmentList, type PresenterSource } from "@/lib/render/compose";
import { audioArgs, videoEncoderArgs } from "@/lib/render/compose/encoder-args";
import { runFfmpeg } from "@/lib/render/ffmpeg";
import { planVideo } from "@/lib/render/plan";
import { concatOf, discSprite, tempDir } from "./media-fixtures";
import { webmFrame, webmStreams } from "../../support/webm-frames";

// WebM output: VP9 with alpha, where a scene without a background stays transparent.

const exec = promisify(execFile);
const W = 320;
const H = 180;
let dir: string;
let presenter: PresenterSource;

const request = videoRequestSchema.parse({
  output_format: "webm",
  dimension: { width: W, height: H },
  video_inputs: [
    { voice: { type: "silence" }, character: { type: "avatar", avatar_id: "a", avatar_style: "circle", scale: 0.5 } },
    { voice: { type: "silence" }, background: { type: "color", value: "#204060" } },
  ],
});
const plan = planVideo(request, { voiceDurations: [0.4, 0.4], media: {} });

// The frame numbered `at` as RGBA, and each stream's codec and alpha_mode, read with the engine's own binaries.
const rgba = async (file: string, at = 0) => webmFrame(file, { frame: at }, W, binaries().ffmpeg);
const streams = async (file: string) => webmStreams(file, binaries().ffprobe);

beforeAll(async () => {
  dir = await tempDir();
  // A red disc as the presenter (a circle's sprites, already cut to their shape).
  const disc = await discSprite(path.join(dir, "disc.png"), 90);
  const crop = { x: 0, y: 0, w: 90, h: 90, width: 90, height: 90, shaped: true };
  presenter = { concatFile: await concatOf(path.join(dir, "disc.ffconcat"), disc, 1), crop };
});

describe("encoder arguments", () => {
  it("VP9 with alpha for a WebM, x264 with the operator's settings for an MP4", () => {
    const webm = videoEncoderArgs("webm", 25, 2).join(" ");
    expect(webm).toContain("-c:v libvpx-vp9 -pix_fmt yuva420p -deadline realtime -cpu-used 8 -row-mt 1");
    expect(webm).toContain("-threads 2");
    expect(webm).not.toContain("video_track_timescale");
    const mp4 = videoEncoderArgs("mp4", 25, 1, { preset: "ultrafast", crf: 30 }).join(" ");
    expect(mp4).toContain("-c:v libx264 -preset ultrafast -crf 30 -pix_fmt yuv420p");
    expect(audioArgs("video.webm")).toContain("libopus");
    expect(audioArgs("audio.opus")).toContain("libopus");
    expect(audioArgs("video.mp4")).toContain("aac");
  });
});

describe("a transparent scene", () => {
  it("is see-through where nothing is drawn, opaque under the presenter, and captions stay visible", async () => {
    const ass = path.join(dir, "c.ass");
    await writeFile(ass, writeAss([{ start: 0, end: 1, lines: ["CAPTIONS HERE"] }], { width: W, height: H }));
    const clean = path.join(dir, "clean.webm");
    const captioned = path.join(dir, "captioned.webm");
    const scene = plan.scenes[0]!;
    expect(scene.background).toEqual({ type: "transparent" });
    await composeScene(scene, { presenter, captionsAss: ass }, { clean, captioned });

    expect(await streams(clean)).toEqual([{ codec: "vp9", alphaMode: "1" }]);
    const px = await rgba(clean);
    for (const [x, y] of [
      [0, 0],
      [W - 1, 0],
      [0, H - 1],
      [W - 1, H - 1],
    ])
      expect(px(x!, y!)[3], `alpha at ${x},${y}`).toBe(0);
    const centre = px(W / 2, H / 2);
    expect(centre[3]).toBe(255);
    expect(centre[0]).toBeGreaterThan(200);

    // The caption text sits over the transparent part: opaque there in the twin, see-through in the clean picture.
    const cap = await rgba(captioned);
    let shown = 0;
    for (let y = Math.round(H * 0.7); y < H; y++) for (let x = 0; x < W; x++) if (cap(x, y)[3]! > 200 && px(x, y)[3] === 0) shown++;
    expect(shown).toBeGreaterThan(100);
  }, 30_000);

  it("joins with an opaque scene into one WebM with Opus, and shows its stills over grey squares", async () => {
    const first = path.join(dir, "s0.webm");
    const second = path.join(dir, "s1.webm");
    await composeScene(plan.scenes[0]!, { presenter }, { clean: first });
    await composeScene(plan.scenes[1]!, {}, { clean: second });
    const wav = path.join(dir, "voice.wav");
    await runFfmpeg(["-f", "lavfi", "-i", "sine=frequency=440:duration=0.8:sample_rate=48000", "-ac", "1", "-y", wav]);
    const out = path.join(dir, "video.webm");
    await assemble([first, second], wav, out);
    expect(await streams(out)).toEqual([{ codec: "vp9", alphaMode: "1" }, { codec: "opus" }]);
    expect((await rgba(out, 2))(0, 0)[3]).toBe(0);
    const opaque = (await rgba(out, plan.scenes[0]!.frames + 2))(0, 0);
    expect(opaque[3]).toBe(255);
    expect(Math.max(...[0x20, 0x40, 0x60].map((c, i) => Math.abs(c - opaque[i]!)))).toBeLessThan(8);

    const jpg = path.join(dir, "thumb.jpg");
    await thumbnail(await writeSegmentList([first, second], path.join(dir, "list.ffconcat")), jpg, {
      alpha: { width: W, height: H },
      atSeconds: 0.1,
    });
    const { stdout } = await exec(binaries().ffmpeg, ["-v", "error", "-i", jpg, "-f", "rawvideo", "-pix_fmt", "rgb24", "pipe:1"], {
      encoding: "buffer",
    });
    // The top-left square is light grey, its neighbour to the right a darker grey: no black where the video is see-through.
    const cell = Math.trunc(H / 16);
    const grey = (x: number) => stdout[x * 3]!;
    expect(grey(2)).toBeGreaterThan(225);
    expect(grey(cell + 2)).toBeLessThan(215);
    expect(grey(cell + 2)).toBeGreaterThan(190);
  }, 30_000);
});
