import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { presenterSprites } from "@/lib/render/character/presenter-sprites";
import { renderPresenterClip } from "@/lib/render/character/render-presenter-clip";
import { spriteSchedule } from "@/lib/render/character/sprite-schedule";
import { visemeTimeline } from "@/lib/render/character/viseme-timeline";
import { ffprobePath } from "@/lib/assets/probe-media";
import { env } from "@/lib/env";

const work = mkdtempSync(path.join(tmpdir(), "presenter-clip-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

// The sprite schedule played by ffmpeg's concat demuxer: a clip with alpha, every frame present.
describe("renderPresenterClip", () => {
  it("plays the schedule into a transparent clip of the scene's whole frames", async () => {
    const sprites = await presenterSprites(
      "avs_presenter_maya",
      { width: 320, height: 180, style: "circle", circleColor: "#ff0000" },
      work,
    );
    const phones = [
      { phone: "m", start: 0.2, end: 0.3 },
      { phone: "uw", start: 0.3, end: 0.5 },
      { phone: "v", start: 0.5, end: 0.6 },
    ];
    const duration = 4.01;
    const schedule = spriteSchedule(visemeTimeline(phones, duration), { duration, fps: 25, seed: 1 }, sprites);
    const out = path.join(work, "presenter.mov");
    expect(await renderPresenterClip(schedule, sprites, 25, out)).toBe(101);
    const probe = execFileSync(ffprobePath(), [
      "-v",
      "error",
      "-count_frames",
      "-select_streams",
      "v",
      "-show_entries",
      "stream=width,height,pix_fmt,nb_read_frames",
      "-of",
      "json",
      out,
    ]).toString();
    // The sprites hold the circle's square of the 320x180 layer: 180x180 from x = 70.
    expect(sprites.crop).toEqual({ x: 70, y: 0, width: 180, height: 180 });
    expect(JSON.parse(probe).streams[0]).toMatchObject({ width: 180, height: 180, pix_fmt: "argb", nb_read_frames: "101" });
    // A corner stays transparent; beside the head inside the circle (layer x 90) is the circle colour.
    const rgba = execFileSync(env().ffmpegPath, ["-v", "error", "-i", out, "-frames:v", "1", "-f", "rawvideo", "-pix_fmt", "rgba", "-"]);
    expect(rgba[3]).toBe(0);
    const at = (90 * 180 + 90 - 70) * 4;
    expect([...rgba.subarray(at, at + 4)]).toEqual([255, 0, 0, 255]);
  });
});
