import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { listAvatars, listVoices } from "@/lib/catalog";
import { api } from "./support/http";
import { finishedVideo } from "./support/videos";
import { makeKey, makeUser, type TestUser } from "./support/fixtures";
import { startWorker, type RunningWorker } from "../support/worker";
import { webmFrame, webmStreams } from "../support/webm-frames";

// output_format "webm" through the front door: a real worker renders VP9 with alpha and Opus, the status answer
// points at video.webm, and a scene without a background is see-through where the presenter is not.
type Status = { status: string; error: unknown; duration: number; [url: string]: unknown };

const W = 320;
const H = 180;
let worker: RunningWorker;
let owner: TestUser;
let key: string;
let dir: string;

const avatar = () => ({ type: "avatar", avatar_id: listAvatars()[0]!.avatar_id });
const speech = (input_text: string) => ({ type: "text", voice_id: listVoices()[0]!.voice_id, input_text });

async function render(body: object): Promise<Status> {
  const made = await api("POST", "/v2/video/generate", { key, json: { dimension: { width: W, height: H }, ...body } });
  expect(made.status, made.text).toBe(200);
  const done = await finishedVideo<Status>(made.body.data.video_id, { key });
  expect(done.error).toBeNull();
  expect(done.status).toBe("completed");
  return done;
}

async function download(url: unknown, name: string): Promise<{ file: string; type: string | null }> {
  const res = await fetch(url as string);
  expect(res.status).toBe(200);
  const file = path.join(dir, name);
  writeFileSync(file, Buffer.from(await res.arrayBuffer()));
  return { file, type: res.headers.get("content-type") };
}

const streams = (file: string) => webmStreams(file);
const frame = (file: string, seconds: number, width = W) => webmFrame(file, { seconds }, width);

/** The pixel format libvpx decodes to: yuva420p when the stream carries alpha. */
function decodedFormat(file: string): string | undefined {
  const run = spawnSync("ffmpeg", [
    "-hide_banner",
    "-c:v",
    "libvpx-vp9",
    "-i",
    file,
    "-vf",
    "showinfo",
    "-frames:v",
    "1",
    "-f",
    "null",
    "-",
  ]);
  return /fmt:(\w+)/.exec(run.stderr.toString())?.[1];
}

beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), "webm-test-"));
  worker = await startWorker({ STORAGE_DIR: inject("storageDir"), APP_URL: inject("baseUrl"), WORKER_CONCURRENCY: "2" }, "webm-worker");
  owner = await makeUser("webm");
  key = await makeKey(owner.teamId);
}, 90_000);

afterAll(async () => {
  await worker?.stop();
});

describe("output_format webm", () => {
  it("renders VP9 with alpha and Opus: transparent where no background was given, opaque where one was", async () => {
    const done = await render({
      output_format: "webm",
      caption: true,
      video_inputs: [
        { character: avatar(), voice: speech("Hello, transparent world.") },
        { character: avatar(), voice: { type: "silence", duration: 1 }, background: { type: "color", value: "#1d4ed8" } },
      ],
    });
    for (const field of ["video_url", "video_url_caption"]) expect(new URL(done[field] as string).pathname, field).toMatch(/\.webm$/);
    const { file, type } = await download(done.video_url, "video.webm");
    expect(type).toBe("video/webm");
    expect(streams(file)).toEqual([{ codec: "vp9", alphaMode: "1" }, { codec: "opus" }]);
    expect(decodedFormat(file)).toBe("yuva420p");

    // Scene 1: no background. The corners are see-through, the presenter's jacket (bottom centre) is not.
    const first = frame(file, 0.3);
    for (const [x, y] of [
      [0, 0],
      [W - 1, 0],
      [0, H - 1],
      [W - 1, H - 1],
    ])
      expect(first(x!, y!)[3], `alpha at ${x},${y}`).toBe(0);
    expect(first(W / 2, H - 10)[3]).toBe(255);
    expect(first(W / 2 - 30, H - 10)[3]).toBe(255);
    // Scene 2: its own colour background, opaque everywhere.
    const second = frame(file, done.duration - 0.3);
    const corner = second(0, 0);
    expect(corner[3]).toBe(255);
    expect(Math.max(...[0x1d, 0x4e, 0xd8].map((c, i) => Math.abs(c - corner[i]!)))).toBeLessThan(10);

    const captioned = await download(done.video_url_caption, "captioned.webm");
    expect(captioned.type).toBe("video/webm");
    expect(streams(captioned.file)[0]).toEqual({ codec: "vp9", alphaMode: "1" });
    expect((await download(done.thumbnail_url, "thumbnail.jpg")).type).toBe("image/jpeg");
    expect((await download(done.gif_url, "preview.gif")).type).toBe("image/gif");
  }, 180_000);

  it("a one-scene WebM, shared: its page plays video.webm as video/webm", async () => {
    const done = await render({ output_format: "webm", video_inputs: [{ character: avatar(), voice: speech("Just me.") }] });
    const { file } = await download(done.video_url, "one.webm");
    expect(streams(file)).toEqual([{ codec: "vp9", alphaMode: "1" }, { codec: "opus" }]);
    expect(frame(file, 0.2)(0, 0)[3]).toBe(0);

    const on = await api("POST", `/api/teams/${owner.teamSlug}/videos/${done.id as string}/share`, { cookie: owner.cookie });
    expect(on.status, on.text).toBe(200);
    const files = new URL(on.body.data.share_url as string).pathname;
    const page = await api("GET", files);
    expect(page.text).toContain(`<source src="${inject("baseUrl")}${files}/video.webm" type="video/webm"`);
    const shared = await fetch(`${inject("baseUrl")}${files}/video.webm`, { headers: { Range: "bytes=0-3" } });
    expect(shared.status).toBe(206);
    expect(shared.headers.get("content-type")).toBe("video/webm");
    expect((await fetch(`${inject("baseUrl")}${files}/video.mp4`)).status).toBe(404);
  }, 120_000);

  it("POST /v3/videos with output_format webm makes the same transparent WebM", async () => {
    const made = await api("POST", "/v3/videos", {
      key,
      json: { type: "avatar", avatar_id: avatar().avatar_id, script: "Hi there.", resolution: "720p", output_format: "webm" },
    });
    expect(made.status, made.text).toBe(200);
    expect(made.body.data.output_format).toBe("webm");
    const id = made.body.data.video_id as string;
    expect((await finishedVideo<Status>(id, { key })).status).toBe("completed");
    const v3 = (await api("GET", `/v3/videos/${id}`, { key })).body.data as Record<string, string>;
    expect(new URL(v3.video_url!).pathname).toMatch(/\/video\.webm$/);
    const { file } = await download(v3.video_url, "v3.webm");
    expect(streams(file)).toEqual([{ codec: "vp9", alphaMode: "1" }, { codec: "opus" }]);
    const px = frame(file, 0.2, 1280);
    expect(px(0, 0)[3]).toBe(0);
    expect(px(640, 700)[3]).toBe(255);
  }, 120_000);

  it("leaves an MP4 request as it was: H.264 and AAC over the default colour", async () => {
    const done = await render({ video_inputs: [{ character: avatar(), voice: { type: "silence", duration: 1 } }] });
    expect(new URL(done.video_url as string).pathname).toMatch(/\/video\.mp4$/);
    const { file, type } = await download(done.video_url, "video.mp4");
    expect(type).toBe("video/mp4");
    expect(streams(file).map((s) => s.codec)).toEqual(["h264", "aac"]);
    const rgb = execFileSync("ffmpeg", ["-v", "error", "-i", file, "-frames:v", "1", "-f", "rawvideo", "-pix_fmt", "rgb24", "pipe:1"]);
    expect(Math.max(...[0xf6, 0xf6, 0xfc].map((c, i) => Math.abs(c - rgb[i]!)))).toBeLessThan(8);
  }, 120_000);

  it("answers 400 naming output_format for a format it does not make", async () => {
    const res = await api("POST", "/v2/video/generate", {
      key,
      json: { output_format: "avi", video_inputs: [{ voice: { type: "silence" } }] },
    });
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe("invalid_parameter");
    expect(res.body.error.details).toEqual([{ path: "output_format", message: 'must be one of mp4, webm, got "avi"' }]);
  });
});
