import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { db } from "@/lib/db";
import { startWorker, type RunningWorker } from "../support/worker";
import { api } from "./support/http";
import { makeKey, makeUser } from "./support/fixtures";
import { finishedVideo } from "./support/videos";

// The quota follows what videos really last: a linked recording (length unknown at submit) reserves its cap,
// never more than what is left; a completed video is settled on its rendered length; the worker refuses a
// video that turns out longer than the team may render (quota_exceeded) and gives the reservation back.
let worker: RunningWorker;
let media: Server;
let mediaBase = "";

beforeAll(async () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), "quota-media-"));
  for (const seconds of [2, 8]) {
    execFileSync("ffmpeg", [
      "-v",
      "error",
      "-f",
      "lavfi",
      "-i",
      `sine=frequency=300:duration=${seconds}`,
      "-ac",
      "1",
      "-b:a",
      "64k",
      path.join(dir, `${seconds}s.mp3`),
    ]);
  }
  media = createServer((req, res) => {
    try {
      res.writeHead(200, { "content-type": "audio/mpeg" }).end(readFileSync(path.join(dir, path.basename(req.url ?? ""))));
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise<void>((r) => media.listen(0, "127.0.0.1", () => r()));
  const host = `127.0.0.1:${(media.address() as { port: number }).port}`;
  mediaBase = `http://${host}`;
  worker = await startWorker({ STORAGE_DIR: inject("storageDir"), APP_URL: inject("baseUrl"), ALLOWED_FETCH_HOSTS: host }, "quota-worker");
}, 90_000);

afterAll(async () => {
  await worker?.stop();
  media?.close();
});

async function teamWithQuota(seconds: number) {
  const user = await makeUser("quota");
  await db().team.update({ where: { id: user.teamId }, data: { quotaSeconds: seconds } });
  const key = await makeKey(user.teamId);
  const remaining = async () => (await api("GET", "/v2/user/remaining_quota", { key })).body.data.remaining_quota as number;
  return { key, remaining };
}

const finished = (key: string, id: string) =>
  finishedVideo<{ status: string; duration: number; error: { code: number; reason: string; message: string } | null }>(id, {
    key,
    timeoutMs: 120_000,
  });

const linked = (file: string) => ({
  dimension: { width: 320, height: 180 },
  video_inputs: [{ voice: { type: "audio", audio_url: `${mediaBase}/${file}` } }],
});

describe("quota follows the real length", () => {
  it("a linked recording reserves what is left (its cap is 600 s), and the video is settled on what it lasts", async () => {
    const { key, remaining } = await teamWithQuota(100);
    const made = await api("POST", "/v2/video/generate", { key, json: linked("2s.mp3") });
    expect(made.status, made.text).toBe(200);
    // Reserved: min(600, 100).
    expect(await remaining()).toBe(0);
    const done = await finished(key, made.body.data.video_id);
    expect(done.status, JSON.stringify(done.error)).toBe("completed");
    expect(await remaining()).toBe(100 - Math.ceil(done.duration));
  }, 180_000);

  it("the worker refuses a video longer than the team may render, with quota_exceeded, and refunds it", async () => {
    const { key, remaining } = await teamWithQuota(5);
    const made = await api("POST", "/v2/video/generate", { key, json: linked("8s.mp3") });
    expect(made.status, made.text).toBe(200);
    expect(await remaining()).toBe(0);
    const done = await finished(key, made.body.data.video_id);
    expect(done.status).toBe("failed");
    expect(done.error).toMatchObject({ code: 40119, reason: "quota_exceeded", message: expect.stringMatching(/may render 5 s more/) });
    expect(await remaining()).toBe(5);
  }, 180_000);

  it("a known length that does not fit is refused at submit with 402", async () => {
    const { key } = await teamWithQuota(3);
    const res = await api("POST", "/v2/video/generate", { key, json: { video_inputs: [{ voice: { type: "silence", duration: 4 } }] } });
    expect(res.status).toBe(402);
    expect(res.body.error.code).toBe("quota_exceeded");
  });
});
