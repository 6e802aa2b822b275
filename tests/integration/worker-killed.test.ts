import { mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listAvatars, listVoices } from "@/lib/catalog";
import { startLauncher, type RunningLauncher } from "../support/launcher";
import { api } from "./support/http";
import { makeKey, makeUser } from "./support/fixtures";
import { startReceiver, type Receiver } from "./support/receiver";

// Faults: `npm start`'s worker is killed with SIGKILL while a 6-scene video renders. The launcher starts it
// again, the jobs the dead worker held are failed once their lease is 30 s old and retried, and the video
// completes with exactly one avatar_video.success per endpoint; the web server answers throughout.
let launcher: RunningLauncher;
let receiver: Receiver;
let key: string;

beforeAll(async () => {
  receiver = await startReceiver();
  launcher = await startLauncher(
    { STORAGE_DIR: mkdtempSync(path.join(os.tmpdir(), "launcher-files-")), ALLOWED_FETCH_HOSTS: `127.0.0.1:${receiver.port}`, WORKER_CONCURRENCY: "2" },
    "launcher-worker-killed",
  );
  await launcher.waitFor(/\[worker\] ready/);
  key = await makeKey((await makeUser("faults")).teamId);
}, 240_000);

afterAll(async () => {
  await launcher?.stop();
  await receiver?.close();
});

const call = (method: string, p: string, json?: unknown) => api(method, p, { key, json, base: launcher.url });

describe("a worker killed mid-render", () => {
  it("is restarted by the launcher, and the video completes once", async () => {
    for (const events of [null, ["avatar_video.success"]]) {
      const added = await call("POST", "/v1/webhook/endpoint.add", { url: receiver.url(`/hook-${events ? "success" : "all"}`), events });
      expect(added.status, added.text).toBe(200);
    }
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
    const status = async () => (await call("GET", `/v1/video_status.get?video_id=${id}`)).body.data as { status: string; progress: number; duration: number | null };
    for (let s = await status(); s.status === "pending"; s = await status()) await new Promise((r) => setTimeout(r, 50));

    const victim = launcher.pid("worker")!;
    const killedAt = Date.now();
    process.kill(victim, "SIGKILL");
    await launcher.waitFor(/worker: restarted \(pid \d+\)/, 60_000);
    expect(launcher.pid("worker")).not.toBe(victim);

    let done = await status();
    let health = 0;
    while (done.status !== "completed" && done.status !== "failed") {
      expect(Date.now() - killedAt, "the video completes within 5 minutes of the kill").toBeLessThan(5 * 60_000);
      if ((await fetch(`${launcher.url}/api/health`)).status === 200) health++;
      await new Promise((r) => setTimeout(r, 500));
      done = await status();
    }
    console.log(`[faults] worker killed: video ${id} completed ${((Date.now() - killedAt) / 1000).toFixed(1)} s after the kill`);
    expect(done.status).toBe("completed");
    expect(done.duration).toBeGreaterThan(6);
    expect(health).toBeGreaterThan(0);

    // Deliveries go out after completion; give them a moment, then count.
    await new Promise((r) => setTimeout(r, 3000));
    for (const hook of ["/hook-all", "/hook-success"]) {
      const successes = receiver
        .posts(hook)
        .map((h) => JSON.parse(h.raw.toString()) as { event_type: string; event_data: { video_id: string } })
        .filter((p) => p.event_type === "avatar_video.success" && p.event_data.video_id === id);
      expect(successes.length, hook).toBe(1);
    }
  }, 420_000);
});
