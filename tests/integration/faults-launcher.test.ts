import { mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listAvatars, listVoices } from "@/lib/catalog";
import { startLauncher, type RunningLauncher } from "../support/launcher";
import { api } from "./support/http";
import { makeKey, makeUser } from "./support/fixtures";
import { startReceiver, type Receiver } from "./support/receiver";

// Faults under `npm start`: its worker, then its web server, is killed with SIGKILL while a 6-scene video
// renders. The launcher starts the dead one again; the jobs a dead worker held are failed once their lease is
// 30 s old and retried; reports a dead web server missed are retried by the worker until acknowledged. Each
// video completes with exactly one avatar_video.success per endpoint.
let launcher: RunningLauncher;
let receiver: Receiver;
let key: string;

beforeAll(async () => {
  receiver = await startReceiver();
  launcher = await startLauncher(
    {
      STORAGE_DIR: mkdtempSync(path.join(os.tmpdir(), "launcher-files-")),
      ALLOWED_FETCH_HOSTS: `127.0.0.1:${receiver.port}`,
      WORKER_CONCURRENCY: "2",
    },
    "launcher-faults",
  );
  await launcher.waitFor(/\[worker\] ready/);
  key = await makeKey((await makeUser("faults")).teamId);
}, 240_000);

afterAll(async () => {
  await launcher?.stop();
  await receiver?.close();
});

const call = (method: string, p: string, json?: unknown) => api(method, p, { key, json, base: launcher.url });
type Status = { status: string; progress: number; duration: number | null };
const status = async (id: string) => (await call("GET", `/v1/video_status.get?video_id=${id}`)).body.data as Status;

// A 6-scene video at 320x180, a few words a scene; answers its id once it is processing.
async function startVideo(): Promise<string> {
  const body = {
    dimension: { width: 320, height: 180 },
    video_inputs: Array.from({ length: 6 }, (_, i) => ({
      character: { type: "avatar", avatar_id: listAvatars()[i % 2]!.avatar_id },
      voice: { type: "text", voice_id: listVoices()[0]!.voice_id, input_text: `Scene ${i + 1}: a few words, then the next one.` },
    })),
  };
  const made = await call("POST", "/v2/video/generate", body);
  expect(made.status, made.text).toBe(200);
  const id = made.body.data.video_id as string;
  for (let s = await status(id); s.status === "pending"; s = await status(id)) await new Promise((r) => setTimeout(r, 50));
  return id;
}

// Waits for the video to finish (at most 5 minutes after `since`), counting answers of /api/health meanwhile.
async function finish(id: string, since: number, what: string): Promise<Status & { healthy: number }> {
  let healthy = 0;
  for (;;) {
    const s = await status(id).catch(() => ({ status: "unreachable", progress: 0, duration: null }));
    if (s.status === "completed" || s.status === "failed") {
      console.log(`[faults] ${what}: video ${id} ${s.status} ${((Date.now() - since) / 1000).toFixed(1)} s after the kill`);
      return { ...s, healthy };
    }
    expect(Date.now() - since, "the video finishes within 5 minutes of the kill").toBeLessThan(5 * 60_000);
    if ((await fetch(`${launcher.url}/api/health`).catch(() => null))?.status === 200) healthy++;
    await new Promise((r) => setTimeout(r, 500));
  }
}

// Deliveries go out after completion; give them a moment, then count: one success per endpoint.
async function expectOneSuccessPerEndpoint(id: string): Promise<void> {
  await new Promise((r) => setTimeout(r, 3000));
  for (const hook of ["/hook-all", "/hook-success"]) {
    const successes = receiver
      .posts(hook)
      .map((h) => JSON.parse(h.raw.toString()) as { event_type: string; event_data: { video_id: string } })
      .filter((p) => p.event_type === "avatar_video.success" && p.event_data.video_id === id);
    expect(successes.length, hook).toBe(1);
  }
}

describe("faults under npm start", () => {
  beforeAll(async () => {
    for (const events of [null, ["avatar_video.success"]]) {
      const added = await call("POST", "/v1/webhook/endpoint.add", { url: receiver.url(`/hook-${events ? "success" : "all"}`), events });
      expect(added.status, added.text).toBe(200);
    }
  });

  it("a worker killed mid-render is restarted, and the video completes once", async () => {
    const id = await startVideo();
    const victim = launcher.pid("worker")!;
    const killedAt = Date.now();
    process.kill(victim, "SIGKILL");
    await launcher.waitFor(/worker: restarted \(pid \d+\)/, 60_000);
    expect(launcher.pid("worker")).not.toBe(victim);
    const done = await finish(id, killedAt, "worker killed");
    expect(done.status).toBe("completed");
    expect(done.duration).toBeGreaterThan(6);
    // The web server kept answering while the worker was down and back.
    expect(done.healthy).toBeGreaterThan(0);
    await expectOneSuccessPerEndpoint(id);
  }, 420_000);

  it("a web server killed mid-render is restarted; no report is lost and none is applied twice", async () => {
    const ids = [await startVideo(), await startVideo()];
    const victim = launcher.pid("web")!;
    const killedAt = Date.now();
    process.kill(victim, "SIGKILL");
    await launcher.waitFor(/web: restarted \(pid \d+\)/, 60_000);
    expect(launcher.pid("web")).not.toBe(victim);
    for (const id of ids) {
      const done = await finish(id, killedAt, "web server killed");
      expect(done.status).toBe("completed");
      await expectOneSuccessPerEndpoint(id);
    }
  }, 420_000);
});
