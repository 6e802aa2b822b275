import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { listAvatars, listVoices } from "@/lib/catalog";
import { api } from "./support/http";
import { makeKey, makeUser, type TestUser } from "./support/fixtures";
import { startWorker, type RunningWorker } from "../support/worker";

// The render engine end to end: the API queues a video, a real worker process renders it with real ffmpeg,
// status moves pending -> processing (with progress) -> completed, and the outputs are real files.
type Status = { status: string; progress: number; video_url: string | null; error: { code: string } | null; [k: string]: unknown };

let worker: RunningWorker;
let trap: Server;
let trapHits = 0;
let owner: TestUser;
let key: string;

async function waitFor(id: string, seen: Set<string>): Promise<Status> {
  const deadline = Date.now() + 150_000;
  for (;;) {
    const s = (await api("GET", `/v1/video_status.get?video_id=${id}`, { key })).body.data as Status;
    seen.add(`${s.status}:${s.progress}`);
    if (s.status === "completed" || s.status === "failed") return s;
    if (Date.now() > deadline) throw new Error(`video ${id} still ${s.status} after 150 s`);
    await new Promise((r) => setTimeout(r, 300));
  }
}

function probe(url: string): { width: number; height: number; duration: number; audio: boolean } {
  const dir = mkdtempSync(path.join(os.tmpdir(), "render-test-"));
  const file = path.join(dir, "v.mp4");
  execFileSync("curl", ["-sf", "-o", file, url]);
  const out = JSON.parse(execFileSync("ffprobe", ["-v", "error", "-print_format", "json", "-show_streams", "-show_format", file]).toString());
  const video = out.streams.find((s: { codec_type: string }) => s.codec_type === "video");
  return { width: video.width, height: video.height, duration: Number(out.format.duration), audio: out.streams.some((s: { codec_type: string }) => s.codec_type === "audio") };
}

beforeAll(async () => {
  trap = createServer((_req, res) => {
    trapHits++;
    res.writeHead(404).end();
  });
  await new Promise<void>((r) => trap.listen(0, "127.0.0.1", () => r()));
  worker = await startWorker({ STORAGE_DIR: inject("storageDir"), WORKER_CONCURRENCY: "2" }, "render-worker");
  owner = await makeUser("render");
  key = await makeKey(owner.teamId);
}, 90_000);

afterAll(async () => {
  await worker?.stop();
  trap?.close();
});

describe("render engine", () => {
  it("serves each presenter's preview image and each voice's preview audio", async () => {
    const avatars = (await api("GET", "/v2/avatars", { key })).body.data.avatars as { avatar_id: string; preview_image_url: string }[];
    expect(avatars.length).toBe(2);
    for (const a of avatars) {
      const res = await fetch(a.preview_image_url);
      expect(res.headers.get("content-type")).toBe("image/png");
      expect(Buffer.from(await res.arrayBuffer()).subarray(1, 4).toString()).toBe("PNG");
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
    for (const field of ["video_url", "video_url_caption", "thumbnail_url", "gif_url", "caption_url", "caption_srt_url", "caption_vtt_url"]) {
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

  it("speaks an uploaded audio asset: the video lasts as long as the recording", async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "render-audio-"));
    const mp3 = path.join(dir, "voice.mp3");
    execFileSync("ffmpeg", ["-v", "error", "-f", "lavfi", "-i", "sine=frequency=220:duration=2.2", "-ac", "1", "-b:a", "64k", mp3]);
    const upload = await api("POST", "/v1/asset?name=voice.mp3", { key, body: readFileSync(mp3) });
    expect(upload.status, upload.text).toBe(200);
    const body = {
      dimension: { width: 320, height: 180 },
      video_inputs: [{ character: { type: "avatar", avatar_id: listAvatars()[1]!.avatar_id }, voice: { type: "audio", audio_asset_id: upload.body.data.id } }],
    };
    const made = await api("POST", "/v2/video/generate", { key, json: body });
    const done = await waitFor(made.body.data.video_id, new Set());
    expect(done.error).toBeNull();
    expect(Math.abs((done.duration as number) - 2.2)).toBeLessThan(0.1);
    expect(probe(done.video_url!).audio).toBe(true);
  }, 180_000);

  it("fails a video whose audio URL answers 404 with asset_unreachable, and refuses loopback without an allowance", async () => {
    const port = (trap.address() as { port: number }).port;
    const body = { dimension: { width: 320, height: 180 }, video_inputs: [{ voice: { type: "audio", audio_url: `http://127.0.0.1:${port}/missing.mp3` } }] };
    const made = await api("POST", "/v2/video/generate", { key, json: body });
    const done = await waitFor(made.body.data.video_id, new Set());
    expect(done.status).toBe("failed");
    expect(done.error?.code).toBe("asset_unreachable");
    // The worker has no ALLOWED_FETCH_HOSTS: a loopback address is refused before any connection.
    expect(trapHits).toBe(0);
  }, 180_000);
});
