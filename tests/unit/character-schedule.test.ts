import path from "node:path";
import { describe, expect, it } from "vitest";
import { idleTrack } from "@/lib/render/character/idle-track";
import { scheduleFrames } from "@/lib/render/character/render-presenter-clip";
import { frameCount, spriteSchedule } from "@/lib/render/character/sprite-schedule";
import type { SpriteSet, VisemeCue } from "@/lib/render/character/types";
import { visemeTimeline } from "@/lib/render/character/viseme-timeline";

const sprites: SpriteSet = {
  dir: "/cache/set",
  width: 1280,
  height: 720,
  crop: { x: 0, y: 0, width: 1280, height: 720 },
  poses: 3,
  file: (pose, eyes, mouth) => path.join("/cache/set", `p${pose}-${eyes}-${mouth}.png`),
};

function entries(text: string) {
  const lines = text.trim().split("\n");
  expect(lines[0]).toBe("ffconcat version 1.0");
  const out: { file: string; duration?: number }[] = [];
  for (const line of lines.slice(1)) {
    const file = /^file '(.*)'$/.exec(line);
    const duration = /^duration (.*)$/.exec(line);
    if (file?.[1]) out.push({ file: file[1] });
    else if (duration?.[1]) {
      const last = out.at(-1);
      if (last) last.duration = Number(duration[1]);
    } else throw new Error(`unexpected line ${line}`);
  }
  return out;
}

describe("spriteSchedule", () => {
  const cues: VisemeCue[] = [
    { viseme: "X", start: 0, end: 0.213 },
    { viseme: "A", start: 0.213, end: 0.3 },
    { viseme: "D", start: 0.3, end: 0.71 },
    { viseme: "X", start: 0.71, end: 9.99 },
  ];

  for (const fps of [25, 30, 24]) {
    it(`gives whole-frame entries totalling the duration rounded up to a frame at ${fps} fps`, () => {
      const list = entries(spriteSchedule(cues, { duration: 9.99, fps, seed: 7 }, sprites));
      const timed = list.slice(0, -1);
      let frames = 0;
      for (const e of timed) {
        const n = (e.duration ?? 0) * fps;
        expect(Math.abs(n - Math.round(n))).toBeLessThan(1e-3);
        expect(Math.round(n)).toBeGreaterThan(0);
        frames += Math.round(n);
      }
      expect(frames).toBe(frameCount(9.99, fps));
      expect(frames).toBe(Math.ceil(9.99 * fps));
      // The last file is repeated without a duration.
      expect(list.at(-1)?.duration).toBeUndefined();
      expect(list.at(-1)?.file).toBe(timed.at(-1)?.file);
      for (const e of list) expect(path.isAbsolute(e.file)).toBe(true);
    });
  }

  it("shows each mouth from the frame nearest its cue, with blinks and pose changes", () => {
    const text = spriteSchedule(cues, { duration: 9.99, fps: 25, seed: 7 }, sprites);
    expect(scheduleFrames(text, 25)).toBe(250);
    let t = 0;
    const starts: Record<string, number> = {};
    for (const e of entries(text).slice(0, -1)) {
      const mouth = /-([A-HX])\.png$/.exec(e.file)?.[1] ?? "";
      starts[mouth] ??= t;
      t += e.duration ?? 0;
    }
    expect(starts.A).toBeCloseTo(0.2, 5);
    expect(starts.D).toBeCloseTo(0.28, 5);
    expect(text).toMatch(/-closed-/);
    expect(text).toMatch(/\/p[12]-/);
  });

  it("is deterministic for a seed and quotes paths safely", () => {
    const odd = { ...sprites, file: () => "/cache/it's/x.png" };
    const a = spriteSchedule(visemeTimeline([], 3), { duration: 3, fps: 25, seed: 1 }, odd);
    expect(a).toContain(`file '/cache/it'\\''s/x.png'`);
    expect(spriteSchedule(cues, { duration: 5, fps: 25, seed: 3 }, sprites)).toBe(
      spriteSchedule(cues, { duration: 5, fps: 25, seed: 3 }, sprites),
    );
  });
});

describe("idleTrack", () => {
  it("blinks every 3 to 6 s and changes pose every few seconds", () => {
    const { blinks, poses } = idleTrack(60, 42);
    expect(blinks.length).toBeGreaterThanOrEqual(9);
    blinks.slice(1).forEach((b, i) => {
      const gap = b.start - (blinks[i]?.start ?? 0);
      expect(gap).toBeGreaterThanOrEqual(3);
      expect(gap).toBeLessThanOrEqual(6);
    });
    expect(poses[0]).toMatchObject({ pose: 0, start: 0 });
    expect(poses.at(-1)?.end).toBe(60);
    poses.slice(1).forEach((p, i) => {
      expect(p.start).toBe(poses[i]?.end);
      expect(p.pose).not.toBe(poses[i]?.pose);
    });
    expect(idleTrack(60, 42)).toEqual(idleTrack(60, 42));
    expect(idleTrack(60, 43)).not.toEqual(idleTrack(60, 42));
  });
});
