import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { listAvatars, listVoices } from "@/lib/catalog";
import { fillExample } from "@/lib/contract/examples";
import { api } from "./support/http";
import { finishedVideo } from "./support/videos";
import { makeKey, makeUser, type TestUser } from "./support/fixtures";
import { startWorker, type RunningWorker } from "../support/worker";

// The render engine end to end: the API queues a video, a real worker process renders it with real ffmpeg,
// status moves pending -> processing (with progress) -> completed, and the outputs are real files.
type Status = {
  status: string;
  progress: number;
  video_url: string | null;
  error: { code: number; reason: string; message?: string } | null;
  [k: string]: unknown;
};

let worker: RunningWorker;
let trap: Server;
let trapHits = 0;
let media: Server;
let mediaDir: string;
let owner: TestUser;
let key: string;

const waitFor = (id: string, seen: Set<string>, every = 300) =>
  finishedVideo<Status>(id, { key, every, onStatus: (s) => seen.add(`${s.status}:${s.progress}`) });

function probe(url: string): { width: number; height: number; duration: number; audio: boolean } {
  const dir = mkdtempSync(path.join(os.tmpdir(), "render-test-"));
  const file = path.join(dir, "v.mp4");
  execFileSync("curl", ["-sf", "-o", file, url]);
  const out = JSON.parse(
    execFileSync("ffprobe", ["-v", "error", "-print_format", "json", "-show_streams", "-show_format", file]).toString(),
  );
  const video = out.streams.find((s: { codec_type: string }) => s.codec_type === "video");
  return {
    width: video.width,
    height: video.height,
    duration: Number(out.format.duration),
    audio: out.streams.some((s: { codec_type: string }) => s.codec_type === "audio"),
  };
}

beforeAll(async () => {
  trap = createServer((_req, res) => {
    trapHits++;
    res.writeHead(404).end();
  });
  await new Promise<void>((r) => trap.listen(0, "127.0.0.1", () => r()));
  // Media "on the internet" for the every-field example, allowed by ALLOWED_FETCH_HOSTS (the trap is not).
  mediaDir = mkdtempSync(path.join(os.tmpdir(), "render-media-"));
  const ff = (...args: string[]) => execFileSync("ffmpeg", ["-v", "error", "-y", ...args]);
  ff("-f", "lavfi", "-i", "sine=frequency=330:duration=1.6", "-ac", "1", "-b:a", "64k", path.join(mediaDir, "narration.mp3"));
  ff("-f", "lavfi", "-i", "testsrc2=s=400x300:d=1", "-frames:v", "1", path.join(mediaDir, "office.png"));
  ff("-f", "lavfi", "-i", "testsrc2=s=320x240:r=25:d=1.5", "-c:v", "libx264", "-pix_fmt", "yuv420p", path.join(mediaDir, "loop.mp4"));
  media = createServer((req, res) => {
    try {
      res.writeHead(200).end(readFileSync(path.join(mediaDir, path.basename(req.url ?? ""))));
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise<void>((r) => media.listen(0, "127.0.0.1", () => r()));
  const mediaHost = `127.0.0.1:${(media.address() as { port: number }).port}`;
  worker = await startWorker(
    { STORAGE_DIR: inject("storageDir"), APP_URL: inject("baseUrl"), WORKER_CONCURRENCY: "2", ALLOWED_FETCH_HOSTS: mediaHost },
    "render-worker",
  );
  owner = await makeUser("render");
  key = await makeKey(owner.teamId);
}, 90_000);

afterAll(async () => {
  await worker?.stop();
  trap?.close();
  media?.close();
});

async function uploadGenerated(name: string, ...args: string[]): Promise<string> {
  const file = path.join(mediaDir, name);
  execFileSync("ffmpeg", ["-v", "error", "-y", ...args, file]);
  const res = await api("POST", `/v1/asset?name=${name}`, { key, body: readFileSync(file) });
  if (res.status !== 200) throw new Error(res.text);
  return res.body.data.id as string;
}

describe("render engine", () => {
  it("serves each presenter's preview image and each voice's preview audio", async () => {
    const avatars = (await api("GET", "/v2/avatars", { key })).body.data.avatars as {
      avatar_id: string;
      preview_image_url: string;
      preview_video_url: string;
    }[];
    expect(avatars.length).toBe(listAvatars().length);
    for (const a of avatars) {
      const res = await fetch(a.preview_image_url);
      expect(res.headers.get("content-type")).toBe("image/png");
      expect(
        Buffer.from(await res.arrayBuffer())
          .subarray(1, 4)
          .toString(),
      ).toBe("PNG");
      // The preview video: the presenter speaking, public, seekable.
      const p = probe(a.preview_video_url);
      expect(p).toMatchObject({ width: 640, height: 360, audio: true });
      expect(p.duration).toBeGreaterThan(2);
      const part = await fetch(a.preview_video_url, { headers: { Range: "bytes=0-99" } });
      expect(part.status).toBe(206);
      expect(part.headers.get("content-type")).toBe("video/mp4");
      expect(
        Buffer.from(await part.arrayBuffer())
          .subarray(4, 8)
          .toString(),
      ).toBe("ftyp");
    }
    const voice = ((await api("GET", "/v2/voices", { key })).body.data.voices as { preview_audio: string }[])[0]!;
    const audio = await fetch(voice.preview_audio, { headers: { "X-Api-Key": key } });
    expect(audio.headers.get("content-type")).toBe("audio/mpeg");
    expect((await audio.arrayBuffer()).byteLength).toBeGreaterThan(1000);
  }, 60_000);

  it("renders a talking presenter with captions into an MP4 with thumbnail, GIF and caption files", async () => {
    const body = {
      title: "Render test",
      caption: true,
      dimension: { width: 320, height: 180 },
      video_inputs: [
        {
          character: { type: "avatar", avatar_id: listAvatars()[0]!.avatar_id, avatar_style: "normal" },
          voice: { type: "text", voice_id: listVoices()[0]!.voice_id, input_text: "Move your food, mummy. Welcome to the studio." },
          background: { type: "color", value: "#0f766e" },
        },
        { voice: { type: "silence", duration: 1 }, background: { type: "color", value: "#1d4ed8" } },
      ],
    };
    const made = await api("POST", "/v2/video/generate", { key, json: body });
    expect(made.status, made.text).toBe(200);
    const seen = new Set<string>();
    const done = await waitFor(made.body.data.video_id, seen);
    expect(done.error).toBeNull();
    expect(done.status).toBe("completed");
    expect([...seen].some((s) => s.startsWith("processing:"))).toBe(true);
    for (const field of [
      "video_url",
      "video_url_caption",
      "thumbnail_url",
      "gif_url",
      "caption_url",
      "caption_srt_url",
      "caption_vtt_url",
    ]) {
      expect(done[field], field).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/api\/files\//);
    }
    const p = probe(done.video_url!);
    expect(p).toMatchObject({ width: 320, height: 180, audio: true });
    expect(p.duration).toBeGreaterThan(2);
    expect(Math.abs(p.duration - (done.duration as number))).toBeLessThan(0.1);
    const srt = await (await fetch(done.caption_srt_url as string)).text();
    expect(srt).toMatch(/^1\r?\n00:00:0\d,\d{3} --> 00:00:0\d,\d{3}/);
    expect(srt.toLowerCase()).toContain("welcome");
  }, 180_000);

  it("reports a moving progress percentage while a one-scene 20 s video renders", async () => {
    const body = {
      dimension: { width: 1280, height: 720 },
      video_inputs: [{ character: { type: "avatar", avatar_id: listAvatars()[0]!.avatar_id }, voice: { type: "silence", duration: 20 } }],
    };
    const made = await api("POST", "/v2/video/generate", { key, json: body });
    expect(made.status, made.text).toBe(200);
    const seen = new Set<string>();
    const done = await waitFor(made.body.data.video_id, seen, 100);
    expect(done.status).toBe("completed");
    const progress = [...seen].filter((s) => s.startsWith("processing:")).map((s) => Number(s.split(":")[1]));
    const between = progress.filter((p) => p >= 1 && p <= 99);
    expect(new Set(between).size, `progress seen: ${progress.join(", ")}`).toBeGreaterThanOrEqual(3);
    expect(progress).toEqual([...progress].sort((a, b) => a - b));
  }, 120_000);

  it("speaks an uploaded audio asset: the video lasts as long as the recording", async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "render-audio-"));
    const mp3 = path.join(dir, "voice.mp3");
    execFileSync("ffmpeg", ["-v", "error", "-f", "lavfi", "-i", "sine=frequency=220:duration=2.2", "-ac", "1", "-b:a", "64k", mp3]);
    const upload = await api("POST", "/v1/asset?name=voice.mp3", { key, body: readFileSync(mp3) });
    expect(upload.status, upload.text).toBe(200);
    const body = {
      dimension: { width: 320, height: 180 },
      video_inputs: [
        {
          character: { type: "avatar", avatar_id: listAvatars()[1]!.avatar_id },
          voice: { type: "audio", audio_asset_id: upload.body.data.id },
        },
      ],
    };
    const made = await api("POST", "/v2/video/generate", { key, json: body });
    const done = await waitFor(made.body.data.video_id, new Set());
    expect(done.error).toBeNull();
    expect(Math.abs((done.duration as number) - 2.2)).toBeLessThan(0.1);
    expect(probe(done.video_url!).audio).toBe(true);
  }, 180_000);

  it("renders the every-field example (talking photos aside) with its assets, URLs and options", async () => {
    const ids = {
      image_asset_id: await uploadGenerated("bg.png", "-f", "lavfi", "-i", "testsrc2=s=300x400:d=1", "-frames:v", "1"),
      video_asset_id: await uploadGenerated(
        "clip.mp4",
        "-f",
        "lavfi",
        "-i",
        "testsrc2=s=320x180:r=25:d=2",
        "-c:v",
        "libx264",
        "-pix_fmt",
        "yuv420p",
      ),
      audio_asset_id: await uploadGenerated("voice.mp3", "-f", "lavfi", "-i", "sine=frequency=220:duration=1.2", "-ac", "1", "-b:a", "64k"),
      folder_id: (await api("POST", "/v1/folders/create", { key, json: { name: "Every field" } })).body.data.id as string,
    };
    const port = (media.address() as { port: number }).port;
    const text = JSON.stringify(fillExample("every-field", ids)).replaceAll("https://example.com/media/", `http://127.0.0.1:${port}/`);
    const body = { ...JSON.parse(text), dimension: { width: 320, height: 180 } };
    const made = await api("POST", "/v2/video/generate", { key, json: body });
    expect(made.status, made.text).toBe(200);
    const done = await waitFor(made.body.data.video_id, new Set());
    expect(done.error).toBeNull();
    expect(done.status).toBe("completed");
    expect(done.video_url_caption).toBeTruthy();
    const p = probe(done.video_url!);
    expect(p).toMatchObject({ width: 320, height: 180, audio: true });
    // Five scenes: speech, a 1.2 s recording, a 1.6 s downloaded one, 2.5 s of silence, speech.
    expect(p.duration).toBeGreaterThan(1.2 + 1.6 + 2.5 + 2);
  }, 240_000);

  it("stops a render that is cancelled midway and keeps none of its files", async () => {
    const body = {
      dimension: { width: 640, height: 360 },
      video_inputs: Array.from({ length: 4 }, () => ({
        character: { type: "avatar", avatar_id: listAvatars()[0]!.avatar_id },
        voice: { type: "silence", duration: 30 },
      })),
    };
    const id = (await api("POST", "/v2/video/generate", { key, json: body })).body.data.video_id as string;
    const deadline = Date.now() + 60_000;
    while ((await api("GET", `/v1/video_status.get?video_id=${id}`, { key })).body.data.status === "pending" && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 100));
    }
    const cancelled = await api("POST", `/v1/video.cancel?video_id=${id}`, { key });
    expect(cancelled.body.data.status).toBe("failed");
    await new Promise((r) => setTimeout(r, 5000));
    const status = (await api("GET", `/v1/video_status.get?video_id=${id}`, { key })).body.data as Status;
    expect(status).toMatchObject({ status: "failed", error: { code: 40014, reason: "cancelled" }, video_url: null });
    expect(existsSync(path.join(inject("storageDir"), "teams", owner.teamId, "videos", id))).toBe(false);
  }, 120_000);

  it("reads a background given as our own signed file link from storage, though APP_URL is a loopback address", async () => {
    // A flat orange picture, uploaded; its answer's `url` is a signed link on APP_URL (127.0.0.1 here), which
    // the worker may not fetch (no ALLOWED_FETCH_HOSTS for it): it must come from storage instead.
    const file = path.join(mediaDir, "orange.png");
    execFileSync("ffmpeg", ["-v", "error", "-y", "-f", "lavfi", "-i", "color=c=0xff8000:s=320x180", "-frames:v", "1", file]);
    const upload = await api("POST", "/v1/asset?name=orange.png", { key, body: readFileSync(file) });
    const url = upload.body.data.url as string;
    expect(url.startsWith(`${inject("baseUrl")}/api/files/`)).toBe(true);
    const body = (u: string) => ({
      dimension: { width: 320, height: 180 },
      video_inputs: [{ voice: { type: "silence", duration: 1 }, background: { type: "image", url: u, fit: "cover" } }],
    });
    const done = await waitFor((await api("POST", "/v2/video/generate", { key, json: body(url) })).body.data.video_id, new Set());
    expect(done.status, JSON.stringify(done.error)).toBe("completed");
    const rgb = execFileSync("ffmpeg", [
      "-v",
      "error",
      "-ss",
      "0.5",
      "-i",
      done.video_url as string,
      "-frames:v",
      "1",
      "-vf",
      "crop=2:2:40:40",
      "-f",
      "rawvideo",
      "-pix_fmt",
      "rgb24",
      "-",
    ]);
    expect(Math.abs(rgb[0]! - 255)).toBeLessThan(12);
    expect(Math.abs(rgb[1]! - 128)).toBeLessThan(12);
    expect(rgb[2]!).toBeLessThan(16);
    // A link whose signature was tampered with fails at once, saying why; nothing is fetched over the network.
    const forged = url.replace(/sig=([0-9a-f])/, (_m, c: string) => `sig=${c === "0" ? "1" : "0"}`);
    const refused = await waitFor((await api("POST", "/v2/video/generate", { key, json: body(forged) })).body.data.video_id, new Set());
    expect(refused.status).toBe("failed");
    expect(refused.error).toMatchObject({ code: 40010, reason: "asset_unreachable" });
    expect(refused.error?.message).toContain("signature does not match");
  }, 180_000);

  it("fails a video whose audio URL answers 404 with asset_unreachable, and refuses loopback without an allowance", async () => {
    const port = (trap.address() as { port: number }).port;
    const body = {
      dimension: { width: 320, height: 180 },
      video_inputs: [{ voice: { type: "audio", audio_url: `http://127.0.0.1:${port}/missing.mp3` } }],
    };
    const made = await api("POST", "/v2/video/generate", { key, json: body });
    const done = await waitFor(made.body.data.video_id, new Set());
    expect(done.status).toBe("failed");
    expect(done.error).toMatchObject({ code: 40010, reason: "asset_unreachable" });
    // The worker has no ALLOWED_FETCH_HOSTS: a loopback address is refused before any connection.
    expect(trapHits).toBe(0);
  }, 180_000);
});
