import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, readdirSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import sharp from "sharp";
import { createHash } from "node:crypto";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { CharacterSettings } from "@/lib/contract/schema";
import { photoGeometry } from "@/lib/render/photo/face-points";
import type { PhotoAnalysis } from "@/lib/render/photo/types";
import { presenterLayer } from "@/lib/render/plan/presenter-layer";
import { api } from "./support/http";
import { makeKey, makeUser, type TestUser } from "./support/fixtures";
import { finishedVideo } from "./support/videos";
import { startWorker, type RunningWorker } from "../support/worker";
import { laplacianVariance } from "../support/sharpness";
import { motionPerSecond, mouthDarkness, mouthOpening, videoLandmarks, type FrameFace } from "../support/face-landmarks";

// Talking photos through the front door: uploads answered as HeyGen's are, analysed once; a photo belongs to
// its team; and every character option is checked on the frames of videos rendered over the API.
type Status = { status: string; video_url: string | null; error: { code: number; reason: string; message: string } | null };

const fixture = (name: string) => readFileSync(path.join("tests", "fixtures", "photos", name));
const TEXT = 'Hello there, how are you doing today? I am glad to see you. <break time="1.5s"/> We open our new office on Monday morning.';

let worker: RunningWorker;
let owner: TestUser;
let key: string;
let otherKey: string;
let lowRes: string;

async function upload(body: Buffer, k = key, name = "") {
  return api("POST", `/v1/talking_photo${name ? `?name=${name}` : ""}`, {
    key: k,
    body: new Uint8Array(body),
    headers: { "Content-Type": "image/jpeg" },
  });
}

function scene(character: Record<string, unknown>, background = "#2050c0", text = TEXT) {
  return {
    character: { type: "talking_photo", talking_photo_id: lowRes, ...character },
    voice: { type: "text", voice_id: "avs_voice_en_clara", input_text: text },
    background: { type: "color", value: background },
  };
}

async function render(width: number, height: number, s: object): Promise<string> {
  const res = await api("POST", "/v2/video/generate", { key, json: { dimension: { width, height }, video_inputs: [s] } });
  expect(res.status, res.text).toBe(200);
  const done = await finishedVideo<Status>(res.body.data.video_id as string, { key, timeoutMs: 240_000 });
  expect(done.error, JSON.stringify(done.error)).toBeNull();
  const file = path.join(mkdtempSync(path.join(os.tmpdir(), "talking-photo-")), "v.mp4");
  execFileSync("curl", ["-sf", "-o", file, done.video_url!]);
  return file;
}

const frameAt = (file: string, t: number, out: string) =>
  execFileSync("ffmpeg", ["-v", "error", "-y", "-ss", String(t), "-i", file, "-frames:v", "1", out]);

async function pixels(png: string) {
  const { data, info } = await sharp(png).removeAlpha().raw().toBuffer({ resolveWithObject: true });
  return { at: (x: number, y: number) => [...data.subarray((y * info.width + x) * 3, (y * info.width + x) * 3 + 3)], ...info, data };
}

/** Seconds of the video's voice that are silent (the break) and loud, from its audio in 200 ms windows. */
function quietAndLoud(file: string): { quiet: number[]; loud: number[] } {
  const pcm = execFileSync("ffmpeg", ["-v", "error", "-i", file, "-ac", "1", "-ar", "8000", "-f", "s16le", "-"], { maxBuffer: 1 << 28 });
  const samples = new Int16Array(pcm.buffer, pcm.byteOffset, pcm.length / 2);
  const quiet: number[] = [];
  const loud: number[] = [];
  for (let w = 0; (w + 1) * 1600 <= samples.length; w++) {
    let sum = 0;
    for (let i = w * 1600; i < (w + 1) * 1600; i++) sum += samples[i]! ** 2;
    const rms = Math.sqrt(sum / 1600) / 32768;
    (rms < 0.002 ? quiet : rms > 0.05 ? loud : []).push(w * 0.2 + 0.1);
  }
  return { quiet, loud };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;

beforeAll(async () => {
  worker = await startWorker({ STORAGE_DIR: inject("storageDir"), APP_URL: inject("baseUrl") }, "talking-photos-worker");
  owner = await makeUser("photographer");
  key = await makeKey(owner.teamId);
  otherKey = await makeKey((await makeUser("stranger")).teamId);
  const res = await upload(fixture("portrait-150.jpg"), key, "low-res");
  expect(res.status, res.text).toBe(200);
  lowRes = res.body.data.talking_photo_id;
}, 120_000);

afterAll(async () => {
  await worker?.stop();
});

describe("uploading a talking photo", () => {
  it("answers HeyGen's shape, applies the EXIF orientation and keeps no EXIF", async () => {
    const res = await upload(fixture("portrait-exif-rotated.jpg"));
    expect(res.status, res.text).toBe(200);
    expect(res.body.code).toBe(100);
    expect(res.body.data).toMatchObject({ talking_photo_id: expect.stringMatching(/^[0-9a-f]{32}$/), warnings: [] });
    const image = Buffer.from(await (await fetch(res.body.data.talking_photo_url)).arrayBuffer());
    const meta = await sharp(image).metadata();
    // Stored sideways with orientation 6 (300 wide as shown): upright now, and nothing of the EXIF kept.
    expect([meta.width, meta.height]).toEqual([300, 360]);
    expect(meta.exif).toBeUndefined();
    expect(meta.orientation).toBeUndefined();
  });

  it("refuses a picture without a face, a face below the minimum and what is not an image, saying why", async () => {
    const none = await upload(fixture("no-face.jpg"));
    expect(none.status).toBe(400);
    expect(none.body.message ?? none.text).toContain("no face found in the image");
    const tiny = await upload(fixture("tiny-face.png"));
    expect(tiny.status).toBe(400);
    expect(tiny.text).toContain("the minimum is 22 px");
    const wav = execFileSync("ffmpeg", ["-v", "error", "-f", "lavfi", "-i", "sine=duration=0.5", "-f", "wav", "-"]);
    const audio = await upload(wav);
    expect(audio.status).toBe(415);
    expect(audio.text).toContain("a talking photo must be a JPEG, PNG or WebP image");
  });

  it("refuses over 40 megapixels with 413, and scales a photo over 4096 px down to 4096", async () => {
    const huge = await sharp({ create: { width: 6500, height: 6200, channels: 3, background: "#808080" } })
      .png()
      .toBuffer();
    const refused = await upload(huge);
    expect(refused.status).toBe(413);
    expect(refused.text).toContain("40 megapixels");
    const big = await sharp(fixture("portrait.jpg")).resize({ height: 5000 }).jpeg({ quality: 80 }).toBuffer();
    const res = await upload(big);
    expect(res.status, res.text).toBe(200);
    const stored = await sharp(Buffer.from(await (await fetch(res.body.data.talking_photo_url)).arrayBuffer())).metadata();
    expect(stored.height).toBe(4096);
    expect(Math.abs(stored.width! - (300 / 360) * 4096)).toBeLessThanOrEqual(1.5);
  }, 60_000);

  it("accepts a face turned by 25 degrees", async () => {
    const turned = await sharp(fixture("portrait.jpg")).rotate(25, { background: "#808080" }).jpeg().toBuffer();
    const res = await upload(turned);
    expect(res.status, res.text).toBe(200);
  });

  it("uses the largest of several faces and says so", async () => {
    const res = await upload(fixture("two-faces.webp"));
    expect(res.status, res.text).toBe(200);
    expect(res.body.data.warnings).toEqual(["2 faces were found; the largest is used"]);
  });

  it("analyses the same bytes once: a second upload reuses the stored files", async () => {
    const before = readdirSync(path.join(inject("storageDir"), "photos")).length;
    const again = await upload(fixture("portrait-150.jpg"), otherKey);
    expect(again.status).toBe(200);
    expect(again.body.data.talking_photo_id).not.toBe(lowRes);
    expect(readdirSync(path.join(inject("storageDir"), "photos")).length).toBe(before);
  });
});

describe("a team's photos", () => {
  it("are listed for the team only, on HeyGen's paths", async () => {
    const list = await api("GET", "/v1/talking_photo.list", { key });
    expect(list.status).toBe(200);
    const mine = list.body.data.find((p: { id: string }) => p.id === lowRes);
    expect(mine).toMatchObject({ id: lowRes, talking_photo_id: lowRes, talking_photo_name: "low-res" });
    expect(mine.image_url).toMatch(/^http/);
    expect(mine.circle_image).toMatch(/^http/);
    const avatars = await api("GET", "/v2/avatars", { key });
    expect(avatars.body.data.talking_photos).toContainEqual({
      talking_photo_id: lowRes,
      talking_photo_name: "low-res",
      preview_image_url: expect.stringMatching(/^http/),
      created_at: expect.any(Number),
    });
    // A photo is a group of its own with one look, in v2's avatar groups and v3's catalog.
    const groups = (await api("GET", "/v2/avatar_group.list?include_public=false", { key })).body.data.avatar_group_list;
    expect(groups).toContainEqual(expect.objectContaining({ id: lowRes, group_type: "PHOTO", num_looks: 1, name: "low-res" }));
    const looks = (await api("GET", `/v2/avatar_group/${lowRes}/avatars`, { key })).body.data.avatar_list;
    expect(looks).toEqual([expect.objectContaining({ id: lowRes, talking_photo_id: lowRes, type: "talking_photo", group_id: lowRes })]);
    expect((await fetch(looks[0].preview_video_url as string)).status).toBe(200);
    // HeyGen's details shape, which names a gender: a photo's is not known.
    const details = (await api("GET", `/v2/avatar/${lowRes}/details`, { key })).body.data;
    expect(details).toMatchObject({ type: "talking_photo", id: lowRes, name: "low-res", gender: "unknown", is_public: false });
    const v3Looks = (await api("GET", "/v3/avatars/looks?avatar_type=photo_avatar&limit=50", { key })).body.data;
    expect(v3Looks).toContainEqual(expect.objectContaining({ id: lowRes, avatar_type: "photo_avatar", status: "completed" }));
    const theirs = await api("GET", "/v1/talking_photo.list", { key: otherKey });
    expect(theirs.body.data.map((p: { id: string }) => p.id)).not.toContain(lowRes);
    const theirAvatars = await api("GET", "/v2/avatars", { key: otherKey });
    expect(theirAvatars.body.data.talking_photos.map((p: { talking_photo_id: string }) => p.talking_photo_id)).not.toContain(lowRes);
  });

  it("cannot be used or deleted by another team, and a deleted one is gone at once with its files", async () => {
    const json = { video_inputs: [scene({})] };
    const foreign = await api("POST", "/v2/video/generate", { key: otherKey, json });
    expect(foreign.status).toBe(400);
    expect(foreign.text).toContain("unknown talking photo");
    expect((await api("DELETE", `/v2/talking_photo/${lowRes}`, { key: otherKey })).status).toBe(404);

    const doomed = (await upload(fixture("portrait.jpg"))).body.data.talking_photo_id as string;
    const deleted = await api("DELETE", `/v2/talking_photo/${doomed}`, { key });
    expect(deleted.status).toBe(200);
    expect(deleted.body).toEqual({ error: null, data: { id: doomed } });
    expect((await api("DELETE", `/v2/talking_photo/${doomed}`, { key })).status).toBe(404);
    const list = await api("GET", "/v1/talking_photo.list", { key });
    expect(list.body.data.map((p: { id: string }) => p.id)).not.toContain(doomed);
    const use = await api("POST", "/v2/video/generate", {
      key,
      json: { video_inputs: [{ ...scene({}), character: { type: "talking_photo", talking_photo_id: doomed } }] },
    });
    expect(use.status).toBe(400);
    // The exif-rotated upload has the same pixels but other bytes: portrait.jpg's own folder is gone.
    const folders = readdirSync(path.join(inject("storageDir"), "photos"));
    const hash = createHash("sha256").update(fixture("portrait.jpg")).digest("hex");
    expect(folders).not.toContain(hash);
  });
});

describe("rendering a talking photo", () => {
  let stable: string;
  let stableFrames: FrameFace[];

  it("moves the mouth with the voice: open on vowels, closed in the silence of a break", async () => {
    stable = await render(640, 360, scene({}));
    stableFrames = await videoLandmarks(stable, { fps: 5, seconds: 8, width: 640, height: 360 });
    expect(stableFrames.filter((f) => f.points).length).toBeGreaterThan(stableFrames.length * 0.9);
    const { quiet, loud } = quietAndLoud(stable);
    // Two measures on the frames: the dark of an open mouth inside the lips, and the model's lip opening.
    const at = (times: number[]) => stableFrames.filter((f) => f.points && times.some((t) => Math.abs(t - f.t) <= 0.05));
    const [silent, speaking] = [at(quiet), at(loud)];
    const darkSilent = silent.map(mouthDarkness);
    const darkSpeaking = speaking.map(mouthDarkness);
    console.log(
      "mouth dark share: silent",
      darkSilent.map((x) => x.toFixed(2)).join(" "),
      "| speaking",
      darkSpeaking.map((x) => x.toFixed(2)).join(" "),
    );
    const openSilent = silent.map((f) => mouthOpening(f.points!));
    const openSpeaking = speaking.map((f) => mouthOpening(f.points!));
    console.log(
      "lip opening (eye distances): silent",
      openSilent.map((x) => x.toFixed(3)).join(" "),
      "| speaking",
      openSpeaking.map((x) => x.toFixed(3)).join(" "),
    );
    expect(silent.length).toBeGreaterThan(2);
    expect(speaking.length).toBeGreaterThan(5);
    expect(Math.max(...darkSilent)).toBeLessThan(0.03);
    expect(Math.max(...darkSpeaking)).toBeGreaterThan(0.2);
    expect(darkSpeaking.filter((d) => d > 0.05).length).toBeGreaterThan(speaking.length / 3);
    // The portrait smiles with its teeth showing: the model reads about 0.08 on the photo itself.
    expect(Math.max(...openSpeaking)).toBeGreaterThan(1.5 * median(openSilent));
  }, 300_000);

  it("happy raises the mouth corners: the corners' pixels sit higher than in the same frame without it", async () => {
    const happy = await render(640, 360, scene({ expression: "happy" }));
    const happyFrames = await videoLandmarks(happy, { fps: 5, seconds: 8, width: 640, height: 360 });
    // Same seed, same stable pose and blinks: at each frame only the expression differs. Around each mouth
    // corner of the default frame, find how far up the happy frame's pixels moved (the shift that matches best).
    const grey = (f: FrameFace, x: number, y: number) => {
      const k = (y * f.width + x) * 3;
      return f.rgb[k]! + f.rgb[k + 1]! + f.rgb[k + 2]!;
    };
    const lifts: number[] = [];
    stableFrames.forEach((d, i) => {
      const h = happyFrames[i];
      if (!d.points || !h) return;
      const p = d.points;
      const mw = Math.hypot(p[291]![0] - p[61]![0], p[291]![1] - p[61]![1]);
      const half = Math.round(0.2 * mw);
      for (const corner of [p[61]!, p[291]!]) {
        const [cx, cy] = [Math.round(corner[0]), Math.round(corner[1])];
        let best = { shift: 0, sad: Infinity };
        for (let shift = -8; shift <= 8; shift++) {
          let sad = 0;
          for (let y = cy - half; y <= cy + half; y++)
            for (let x = cx - half; x <= cx + half; x++) sad += Math.abs(grey(h, x, y) - grey(d, x, y + shift));
          if (sad < best.sad) best = { shift, sad };
        }
        lifts.push(best.shift);
      }
    });
    console.log("mouth corners moved up with happy (px, both corners per frame):", lifts.join(" "));
    expect(lifts.length).toBeGreaterThan(40);
    expect(median(lifts)).toBeGreaterThanOrEqual(2);
  }, 300_000);

  it("expressive moves the head at least twice as much as stable, and matting shows the scene", async () => {
    const lively = await render(640, 360, scene({ talking_style: "expressive", matting: true }));
    const livelyFrames = await videoLandmarks(lively, { fps: 5, seconds: 6, width: 640, height: 360 });
    const calm = motionPerSecond(stableFrames.filter((f) => f.t < 6));
    const moving = motionPerSecond(livelyFrames);
    console.log(`landmark motion per second (eye distances): stable ${calm.toFixed(3)}, expressive ${moving.toFixed(3)}`);
    expect(moving).toBeGreaterThan(2 * calm);
    const livelyAll = await videoLandmarks(lively, { fps: 5, seconds: 8, width: 640, height: 360 });
    // Beside the head, where the photo has its grey backdrop, the scene's blue (#2050c0) shows.
    const png = path.join(path.dirname(lively), "f.png");
    frameAt(lively, livelyAll[2]!.t, png);
    const img = await pixels(png);
    const face = livelyAll[2]!.points!;
    const [left, eyeY] = [Math.min(...face.map((q) => q[0])), Math.round(face[33]![1])];
    const sceneBlue = ([R, G, B]: number[]) => Math.abs(R! - 32) < 25 && Math.abs(G! - 80) < 25 && Math.abs(B! - 192) < 25;
    const beside = [...Array(30).keys()].map((i) => Math.round(left) - 50 - i).filter((x) => x >= 0);
    expect(beside.filter((x) => sceneBlue(img.at(x, eyeY))).length).toBeGreaterThan(beside.length * 0.8);
    const plain = path.join(path.dirname(stable), "f.png");
    frameAt(stable, livelyAll[2]!.t, plain);
    const unmatted = await pixels(plain);
    expect(beside.filter((x) => sceneBlue(unmatted.at(x, eyeY))).length).toBe(0);
  }, 300_000);

  it("draws a circle of the circle colour around the face in a 9:16 frame", async () => {
    const file = await render(
      360,
      640,
      scene({ talking_photo_style: "circle", scale: 0.5, circle_background_color: "#00ff00" }, "#ff0000", "Hi there."),
    );
    const png = path.join(path.dirname(file), "f.png");
    frameAt(file, 0.5, png);
    const img = await pixels(png);
    // The circle: diameter 320 centred in the frame. Its square's corner shows the scene; inside its rim, the colour.
    const [cx, cy, r] = [180, 320, 160];
    const red = ([R, G, B]: number[]) => R! > 200 && G! < 60 && B! < 60;
    const green = ([R, G, B]: number[]) => G! > 200 && R! < 60 && B! < 60;
    expect(red(img.at(cx - r + 6, cy - r + 6))).toBe(true);
    expect(green(img.at(Math.round(cx - 0.8 * r * Math.SQRT1_2), Math.round(cy - 0.8 * r * Math.SQRT1_2)))).toBe(true);
    expect(red(img.at(cx, cy - r - 6))).toBe(true);
  }, 300_000);

  it("at scale 2 in 9:16, super_resolution draws a sharper face than a plain upscale", async () => {
    const sharpFile = await render(360, 640, scene({ scale: 2, super_resolution: true }, "#0000ff", "Hello there."));
    const plainFile = await render(360, 640, scene({ scale: 2 }, "#0000ff", "Hello there."));
    const frames = await Promise.all(
      [sharpFile, plainFile].map(async (f) => {
        const png = path.join(path.dirname(f), "f.png");
        frameAt(f, 0.1, png);
        return pixels(png);
      }),
    );
    // Where the face is drawn: the stored analysis placed as the plan places it (the model cannot find a face
    // this large and cut by the frame's edges).
    const sha = createHash("sha256").update(fixture("portrait-150.jpg")).digest("hex");
    const analysis = JSON.parse(readFileSync(path.join(inject("storageDir"), "photos", sha, "analysis.json"), "utf8")) as PhotoAnalysis;
    const character = {
      type: "talking_photo",
      talking_photo_id: lowRes,
      scale: 2,
      talking_photo_style: "square",
      offset: { x: 0, y: 0 },
    } as CharacterSettings;
    const place = presenterLayer(character, 360, 640, photoGeometry(analysis)).photo!;
    const p = analysis.landmarks.map(([x, y]) => [place.x + x * place.scale, place.y + y * place.scale] as const);
    const [xs, ys] = [p.map((q) => q[0]), p.map((q) => q[1])];
    // Sharpness: the variance of the Laplacian over the face's part of the frame.
    const laplacian = (img: Awaited<ReturnType<typeof pixels>>) => {
      // The face and what lies below it in the frame (the collar's edges).
      const [x0, x1] = [Math.max(1, Math.round(Math.min(...xs))), Math.min(img.width - 2, Math.round(Math.max(...xs)))];
      const [y0, y1] = [Math.max(1, Math.round(Math.min(...ys))), img.height - 2];
      return laplacianVariance((x, y) => img.at(x, y).reduce((a, b) => a + b, 0) / 3, { x0, y0, x1, y1 });
    };
    const [withSr, without] = [laplacian(frames[0]!), laplacian(frames[1]!)];
    console.log(`Laplacian variance over the face: super_resolution ${withSr.toFixed(1)}, plain ${without.toFixed(1)}`);
    expect(withSr).toBeGreaterThan(1.3 * without);
  }, 400_000);
});
