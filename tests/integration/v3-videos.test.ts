import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { db } from "@/lib/db";
import { api } from "./support/http";
import { makeKey, makeUser, type TestUser } from "./support/fixtures";
import { startWorker, type RunningWorker } from "../support/worker";

// HeyGen v3's videos (HEYGEN-V3.md 2, 3) through the front door: created over /v3/videos, rendered by a real
// worker, read back as v3's video object, listed, deleted; the options checked on the rendered file.
type V3Video = {
  id: string;
  status: string;
  created_at: number;
  completed_at: number | null;
  duration: number | null;
  video_url: string | null;
  captioned_video_url: string | null;
  subtitle_url: string | null;
  thumbnail_url: string | null;
  failure_code: string | null;
  failure_message: string | null;
  title: string | null;
  folder_id: string | null;
};

const photo = () => readFileSync(path.join("tests", "fixtures", "photos", "portrait.jpg"));

let worker: RunningWorker;
let owner: TestUser;
let key: string;

beforeAll(async () => {
  worker = await startWorker({ STORAGE_DIR: inject("storageDir"), APP_URL: inject("baseUrl") }, "v3-videos-worker");
  owner = await makeUser("v3-videos");
  key = await makeKey(owner.teamId);
}, 90_000);

afterAll(async () => {
  await worker?.stop();
});

const create = (json: unknown, headers: Record<string, string> = {}) => api("POST", "/v3/videos", { key, json, headers });

// Polls GET /v3/videos/{id} as HeyGen's CLI does; every status seen must be one of v3's four.
async function finished(id: string, seen: Set<string>): Promise<V3Video> {
  const deadline = Date.now() + 240_000;
  for (;;) {
    const res = await api("GET", `/v3/videos/${id}`, { key });
    expect(res.status, res.text).toBe(200);
    expect(Object.keys(res.body)).toEqual(["data"]);
    const v = res.body.data as V3Video;
    seen.add(v.status);
    if (v.status === "completed" || v.status === "failed") return v;
    if (Date.now() > deadline) throw new Error(`video ${id} still ${v.status}`);
    await new Promise((r) => setTimeout(r, 300));
  }
}

function download(url: string, name: string): string {
  const file = path.join(mkdtempSync(path.join(os.tmpdir(), "v3-video-")), name);
  execFileSync("curl", ["-sf", "-o", file, url]);
  return file;
}

const probe = (file: string) =>
  JSON.parse(execFileSync("ffprobe", ["-v", "error", "-show_streams", "-show_format", "-of", "json", file]).toString()) as {
    streams: { codec_type: string; width?: number; height?: number }[];
    format: { duration: string };
  };

async function pixel(file: string, t: number, x: number, y: number): Promise<[number, number, number]> {
  const png = path.join(path.dirname(file), `f-${t}.png`);
  execFileSync("ffmpeg", ["-v", "error", "-y", "-ss", String(t), "-i", file, "-frames:v", "1", png]);
  const { data, info } = await sharp(png).raw().toBuffer({ resolveWithObject: true });
  const i = (y * info.width + x) * info.channels;
  return [data[i]!, data[i + 1]!, data[i + 2]!];
}

describe("POST /v3/videos", () => {
  it("renders an avatar video from a look id with the presenter's own voice, 720p 9:16, colour background and burned-in captions", async () => {
    const res = await create({
      type: "avatar",
      avatar_id: "avs_presenter_maya__closeUp",
      script: "Hello from version three.",
      resolution: "720p",
      aspect_ratio: "9:16",
      background: { type: "color", value: "#2050c0" },
      caption: { file_format: "srt", style: "default" },
      title: "v3 avatar",
      engine: { type: "avatar_iv" },
    });
    expect(res.status, res.text).toBe(200);
    expect(res.body).toEqual({ data: { video_id: expect.any(String), status: "waiting", output_format: "mp4" } });
    const seen = new Set<string>();
    const v = await finished(res.body.data.video_id, seen);
    expect(v.failure_message).toBeNull();
    expect(v).toMatchObject({ status: "completed", title: "v3 avatar", failure_code: null });
    expect([...seen].every((s) => ["pending", "processing", "completed", "failed"].includes(s))).toBe(true);
    expect(v.completed_at).toBeGreaterThanOrEqual(v.created_at);
    expect(v.captioned_video_url).toMatch(/^http/);
    expect(v.subtitle_url).toMatch(/^http/);
    expect(v.thumbnail_url).toMatch(/^http/);

    const file = download(v.video_url!, "v.mp4");
    const video = probe(file).streams.find((s) => s.codec_type === "video")!;
    expect([video.width, video.height]).toEqual([720, 1280]);
    expect(probe(file).streams.some((s) => s.codec_type === "audio")).toBe(true);
    const [r, g, b] = await pixel(file, 0.5, 8, 8);
    expect(Math.abs(r - 0x20) + Math.abs(g - 0x50) + Math.abs(b - 0xc0)).toBeLessThan(40);
    const srt = execFileSync("curl", ["-sf", v.subtitle_url!]).toString();
    expect(srt).toMatch(/00:00:00,\d{3} --> /);
    expect(srt.toLowerCase().replace(/\s+/g, " ")).toContain("from version three");

    // The stored request is the v2 one it means: the look's style, Maya's default voice.
    const row = await db().video.findUniqueOrThrow({ where: { id: v.id } });
    expect((row.request as { video_inputs: unknown[] }).video_inputs[0]).toMatchObject({
      character: { type: "avatar", avatar_id: "avs_presenter_maya", avatar_style: "closeUp" },
      voice: { type: "text", voice_id: expect.stringMatching(/^avs_voice_/) },
    });
  }, 300_000);

  it("animates a portrait given as base64, image_url (our own file link) or image_asset_id as one talking photo, its frame keeping the photo's ratio for auto", async () => {
    const asset = await api("POST", "/v1/asset?name=portrait.jpg", { key, body: new Uint8Array(photo()) });
    expect(asset.status, asset.text).toBe(200);
    const base = { type: "image", script: "Nice to meet you.", voice_id: "avs_voice_en_clara", resolution: "720p" };
    const byBase64 = await create({
      ...base,
      aspect_ratio: "auto",
      expressiveness: "high",
      image: { type: "base64", media_type: "image/jpeg", data: photo().toString("base64") },
    });
    expect(byBase64.status, byBase64.text).toBe(200);
    const byUrl = await create({ ...base, image_url: asset.body.data.url, test: true, folder_id: null });
    expect(byUrl.status, byUrl.text).toBe(200);
    const byAsset = await create({ ...base, image_asset_id: asset.body.data.id });
    expect(byAsset.status, byAsset.text).toBe(200);

    const photos = await db().talkingPhoto.findMany({ where: { teamId: owner.teamId, deletedAt: null } });
    expect(photos).toHaveLength(1);
    const looks = await api("GET", "/v3/avatars/looks?ownership=private", { key });
    expect(looks.body.data.map((l: { id: string }) => l.id)).toEqual([photos[0]!.id]);
    const rows = await db().video.findMany({ where: { id: { in: [byBase64.body.data.video_id, byAsset.body.data.video_id] } } });
    for (const row of rows)
      expect((row.request as { video_inputs: unknown[] }).video_inputs[0]).toMatchObject({
        character: { type: "talking_photo", talking_photo_id: photos[0]!.id },
      });

    const v = await finished(byBase64.body.data.video_id, new Set());
    expect(v.failure_message).toBeNull();
    const file = download(v.video_url!, "photo.mp4");
    const video = probe(file).streams.find((s) => s.codec_type === "video")!;
    // portrait.jpg is 300x360: 720 wide, 864 high.
    expect([video.width, video.height]).toEqual([720, 864]);
    // Cover: the photo reaches both sides (no strip of the default #f6f6fc background beside it).
    for (const x of [2, 717]) {
      const [r, g, b] = await pixel(file, 0.5, x, 400);
      expect(Math.abs(r - 0xf6) + Math.abs(g - 0xf6) + Math.abs(b - 0xfc), `x=${x}`).toBeGreaterThan(60);
    }
    const row = await db().video.findUniqueOrThrow({ where: { id: v.id } });
    expect((row.request as { video_inputs: { character: object }[] }).video_inputs[0]!.character).toMatchObject({
      talking_style: "expressive",
    });
    for (const id of [byUrl.body.data.video_id, byAsset.body.data.video_id]) await api("DELETE", `/v3/videos/${id}`, { key });
  }, 300_000);

  it("answers 400 in v3's error envelope naming the v3 field", async () => {
    const cases: [unknown, string, RegExp][] = [
      [{ type: "avatar", avatar_id: "nobody", script: "Hi.", voice_id: "avs_voice_en_clara" }, "avatar_id", /unknown avatar/],
      [{ type: "avatar", avatar_id: "avs_presenter_maya", script: "Hi.", voice_id: "nobody" }, "voice_id", /GET \/v3\/voices/],
      [{ type: "avatar", avatar_id: "avs_presenter_maya", voice_id: "avs_voice_en_clara" }, "script", /audio_url/],
      [{ type: "avatar", avatar_id: "avs_presenter_maya", script: "Hi.", resolution: "8k" }, "resolution", /720p/],
      [
        {
          type: "avatar",
          avatar_id: "avs_presenter_maya",
          script: "Hi.",
          output_format: "webm",
          background: { type: "color", value: "#000" },
        },
        "background",
        /webm/,
      ],
      [
        {
          type: "avatar",
          avatar_id: "avs_presenter_maya",
          script: "Hi.",
          watermark: { image: { type: "url", url: "https://x.test/w.png" } },
        },
        "watermark",
        /not supported/,
      ],
      [{ type: "image", script: "Hi.", voice_id: "avs_voice_en_clara", image_asset_id: "missing" }, "image", /no longer exists|unknown/],
      [{ type: "studio", scenes: [] }, "type", /not supported/],
    ];
    for (const [body, param, message] of cases) {
      const res = await create(body);
      expect(res.status, `${JSON.stringify(body)}: ${res.text}`).toBe(400);
      expect(res.body).toEqual({ error: { code: "invalid_parameter", message: expect.stringMatching(message), param } });
    }
  });
});

describe("GET and DELETE /v3/videos", () => {
  it("lists newest first with has_more and next_token, filters by title and folder, deletes for good", async () => {
    const folder = await api("POST", "/v1/folders/create", { key, json: { name: "v3 folder" } });
    expect(folder.status, folder.text).toBe(200);
    const folderId = folder.body.data.id as string;
    const ids: string[] = [];
    for (const title of ["Alpha one", "Beta two", "alpha three"]) {
      const res = await create({
        type: "avatar",
        avatar_id: "avs_presenter_maya",
        script: "Paging.",
        voice_id: "avs_voice_en_clara",
        title,
        test: true,
        ...(title === "Beta two" ? { folder_id: folderId } : {}),
      });
      expect(res.status, res.text).toBe(200);
      ids.push(res.body.data.video_id);
    }
    const listed: string[] = [];
    let token: string | null = null;
    do {
      const res = await api("GET", `/v3/videos?limit=2${token ? `&token=${token}` : ""}`, { key });
      expect(res.status, res.text).toBe(200);
      expect(Object.keys(res.body).sort()).toEqual(["data", "has_more", "next_token"]);
      listed.push(...res.body.data.map((v: V3Video) => v.id));
      token = res.body.has_more ? res.body.next_token : null;
    } while (token);
    expect(listed.slice(0, 3)).toEqual([...ids].reverse());
    const alpha = await api("GET", "/v3/videos?title=ALPHA&limit=100", { key });
    expect(alpha.body.data.map((v: V3Video) => v.title).sort()).toEqual(["Alpha one", "alpha three"]);
    const inFolder = await api("GET", `/v3/videos?folder_id=${folderId}`, { key });
    expect(inFolder.body.data.map((v: V3Video) => v.id)).toEqual([ids[1]]);

    const gone = await api("DELETE", `/v3/videos/${ids[0]}`, { key });
    expect(gone.status, gone.text).toBe(200);
    expect(gone.body).toEqual({ data: { id: ids[0], deleted: true } });
    const after = await api("GET", `/v3/videos/${ids[0]}`, { key });
    expect(after.status).toBe(404);
    expect(after.body).toEqual({ error: { code: "not_found", message: expect.any(String) } });
    for (const id of ids.slice(1)) await api("DELETE", `/v3/videos/${id}`, { key });
  });
});

describe("v3 Idempotency-Key and rate limits", () => {
  const body = (title: string) => ({
    type: "avatar",
    avatar_id: "avs_presenter_maya",
    script: "Once.",
    voice_id: "avs_voice_en_clara",
    title,
    test: true,
  });

  it("replays the first answer for the same key even when the body differs, per team, and frees a key whose request failed", async () => {
    const first = await create(body("first"), { "Idempotency-Key": "order-42:a" });
    expect(first.status, first.text).toBe(200);
    const again = await create(body("changed"), { "Idempotency-Key": "order-42:a" });
    expect(again.status).toBe(200);
    expect(again.body).toEqual(first.body);
    expect(again.headers.get("idempotent-replayed")).toBe("true");
    expect(await db().video.count({ where: { teamId: owner.teamId, title: "changed" } })).toBe(0);

    const other = await makeUser("v3-idem-other");
    const theirs = await api("POST", "/v3/videos", {
      key: await makeKey(other.teamId),
      json: body("theirs"),
      headers: { "Idempotency-Key": "order-42:a" },
    });
    expect(theirs.status).toBe(200);
    expect(theirs.body.data.video_id).not.toBe(first.body.data.video_id);

    const bad = await create({ ...body("bad"), resolution: "8k" }, { "Idempotency-Key": "retry-me" });
    expect(bad.status).toBe(400);
    const fixed = await create(body("fixed"), { "Idempotency-Key": "retry-me" });
    expect(fixed.status, fixed.text).toBe(200);
    expect(fixed.headers.get("idempotent-replayed")).toBeNull();

    const malformed = await create(body("x"), { "Idempotency-Key": "has spaces" });
    expect(malformed.status).toBe(400);
    expect(malformed.body.error).toMatchObject({ code: "invalid_parameter", param: "Idempotency-Key" });
  });

  it("answers 409 request_in_progress while the first request with the key is still running", async () => {
    await db().idempotentRequest.create({ data: { teamId: owner.teamId, scope: "POST /v3/videos", key: "busy", state: "running" } });
    const res = await create(body("busy"), { "Idempotency-Key": "busy" });
    expect(res.status).toBe(409);
    expect(res.body).toEqual({ error: { code: "request_in_progress", message: expect.any(String) } });
  });

  it("names a rate limit rate_limit_exceeded, with Retry-After", async () => {
    const limited = await makeUser("v3-limited");
    const limitedKey = await makeKey(limited.teamId);
    await db().team.update({ where: { id: limited.teamId }, data: { rateLimits: { read: { limit: 1, windowSeconds: 60 } } } });
    expect((await api("GET", "/v3/videos", { key: limitedKey })).status).toBe(200);
    const res = await api("GET", "/v3/videos", { key: limitedKey });
    expect(res.status).toBe(429);
    expect(res.body.error.code).toBe("rate_limit_exceeded");
    expect(Number(res.headers.get("retry-after"))).toBeGreaterThan(0);
  });
});

describe("a talking photo's id as a v2 avatar_id", () => {
  it("is that talking photo", async () => {
    const photoId = (await db().talkingPhoto.findFirstOrThrow({ where: { teamId: owner.teamId } })).id;
    const res = await api("POST", "/v2/video/generate", {
      key,
      json: {
        test: true,
        video_inputs: [
          {
            character: { type: "avatar", avatar_id: photoId, avatar_style: "circle" },
            voice: { type: "text", voice_id: "avs_voice_en_clara", input_text: "Hi." },
          },
        ],
      },
    });
    expect(res.status, res.text).toBe(200);
    const row = await db().video.findUniqueOrThrow({ where: { id: res.body.data.video_id } });
    expect((row.request as { video_inputs: unknown[] }).video_inputs[0]).toMatchObject({
      character: { type: "talking_photo", talking_photo_id: photoId, talking_photo_style: "circle" },
    });
    await api("DELETE", `/v3/videos/${row.id}`, { key });
  });
});
