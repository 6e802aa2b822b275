import { rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { videoRequestSchema } from "@/lib/contract/schema";
import { faceRect } from "@/lib/render/character/face-rect";
import { presenterSprites } from "@/lib/render/character/presenter-sprites";
import { spriteSchedule } from "@/lib/render/character/sprite-schedule";
import type { SpriteSet, Viseme } from "@/lib/render/character/types";
import { visemeTimeline } from "@/lib/render/character/viseme-timeline";
import { composeScene } from "@/lib/render/compose/compose-scene";
import type { SpriteCrop } from "@/lib/render/compose";
import { planVideo, type ScenePlan } from "@/lib/render/plan";
import { renderVoice, type VoiceTrack } from "@/lib/render/voice/render-voice";
import { pixel, readFrames, tempDir } from "./media-fixtures";

// Lip-sync end to end: a text with /m/, /u:/ and /f/ spoken by a real engine, its phones turned into
// Rhubarb mouths, the sprites scheduled and composed by ffmpeg; then the decoded frames are matched
// back to the sprites they show.
const W = 640;
const H = 360;
const FPS = 25;
// Rhubarb: closed lips for M/B/P (A), puckered for UW/OW/W (F), teeth on the lip for F/V (G).
const EXPECTED: Record<string, Viseme> = { m: "A", uw: "F", f: "G" };

let dir: string;
let voice: VoiceTrack;
let sprites: SpriteSet;
let schedule: string;
let frames: Buffer[];
let plan: ScenePlan;
let spriteCrop: SpriteCrop;

// The sprite file shown on each frame, from the ffconcat schedule (durations are whole frames).
function scheduledFiles(text: string): string[] {
  const out: string[] = [];
  const lines = text.split("\n");
  for (let i = 0; i < lines.length; i++) {
    const file = /^file '(.*)'$/.exec(lines[i]!)?.[1];
    const duration = /^duration (.*)$/.exec(lines[i + 1] ?? "")?.[1];
    if (file && duration) for (let n = Math.round(Number(duration) * FPS); n > 0; n--) out.push(file);
  }
  return out;
}

const mouthOf = (file: string) => /-([A-HX])\.png$/.exec(file)![1] as Viseme;

beforeAll(async () => {
  dir = await tempDir();
  voice = await renderVoice(
    { type: "text", voice_id: "avs_voice_en_us_kal", input_text: "Mood food from me.", speed: 1, pitch: 0 },
    { workDir: dir, fps: FPS },
  );
  const request = videoRequestSchema.parse({
    dimension: { width: W, height: H },
    video_inputs: [
      {
        character: { type: "avatar", avatar_id: "avs_presenter_maya" },
        voice: { type: "silence" },
        background: { type: "color", value: "#0f766e" },
      },
    ],
  });
  plan = { ...planVideo(request, { voiceDurations: [voice.duration], media: {} }).scenes[0]!, index: 0 };
  sprites = await presenterSprites("avs_presenter_maya", { width: W, height: H, style: "normal" }, path.join(dir, "cache"));
  schedule = spriteSchedule(visemeTimeline(voice.phones, plan.duration), { duration: plan.duration, fps: FPS, seed: 1 }, sprites);
  const concatFile = path.join(dir, "presenter.ffconcat");
  await writeFile(concatFile, schedule);
  const { crop } = sprites;
  spriteCrop = { x: crop.x, y: crop.y, w: crop.width, h: crop.height, width: W, height: H };
  const out = path.join(dir, "scene.mp4");
  await composeScene(plan, { presenter: { concatFile, crop: spriteCrop } }, { clean: out });
  frames = await readFrames(out, W, H);
}, 60_000);

afterAll(() => rm(dir, { recursive: true, force: true }));

describe("lip-sync from phones to frames", () => {
  it("schedules the matching mouth within one frame of each /m/, /uw/ and /f/", () => {
    const shown = scheduledFiles(schedule).map(mouthOf);
    expect(shown).toHaveLength(frames.length);
    for (const [phone, viseme] of Object.entries(EXPECTED)) {
      const found = voice.phones.filter((p) => p.phone === phone);
      expect(found.length, `the engine spoke /${phone}/`).toBeGreaterThan(0);
      for (const p of found) {
        // Frames whose centre lies within one frame of the phone.
        const first = Math.max(0, Math.floor(p.start * FPS - 1));
        const last = Math.min(shown.length - 1, Math.ceil(p.end * FPS));
        const window = shown.slice(first, last + 1);
        expect(window, `/${phone}/ at ${p.start.toFixed(2)}-${p.end.toFixed(2)} s`).toContain(viseme);
      }
    }
  });

  it("shows on every frame the sprite the schedule names", async () => {
    const face = faceRect({ width: W, height: H, style: "normal" })!;
    const files = scheduledFiles(schedule);
    const used = [...new Set(files)];
    expect(new Set(used.map(mouthOf)).size, "several mouths in the clip").toBeGreaterThan(3);
    // Each sprite used, composed alone by the same graph and encoder: what a frame showing it looks like.
    const references = new Map<string, Buffer>();
    for (const [i, file] of used.entries()) {
      const concatFile = path.join(dir, `still-${i}.ffconcat`);
      await writeFile(concatFile, `ffconcat version 1.0\nfile '${file}'\nduration 0.08\nfile '${file}'\n`);
      const out = path.join(dir, `still-${i}.mp4`);
      await composeScene({ ...plan, frames: 2, duration: 2 / FPS }, { presenter: { concatFile, crop: spriteCrop } }, { clean: out });
      references.set(file, (await readFrames(out, W, H))[0]!);
    }
    const distance = (a: Buffer, b: Buffer) => {
      let sum = 0;
      for (let y = face.y; y < face.y + face.height; y++) {
        for (let x = face.x; x < face.x + face.width; x++) {
          const [p, q] = [pixel(a, W, x, y), pixel(b, W, x, y)];
          sum += (p[0] - q[0]) ** 2 + (p[1] - q[1]) ** 2 + (p[2] - q[2]) ** 2;
        }
      }
      return sum;
    };
    const wrong: string[] = [];
    frames.forEach((frame, n) => {
      let [best, bestD] = ["", Infinity];
      for (const [file, ref] of references) {
        const d = distance(frame, ref);
        if (d < bestD) [best, bestD] = [file, d];
      }
      if (best !== files[n]) wrong.push(`frame ${n}: shows ${path.basename(best)}, scheduled ${path.basename(files[n]!)}`);
    });
    expect(wrong).toEqual([]);
  }, 60_000);
});
