import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listAvatars, listVoices } from "@/lib/catalog";
import { startServer, type RunningServer } from "../support/server";
import { startWorker, type RunningWorker } from "../support/worker";
import { api } from "./support/http";
import { makeKey, makeUser } from "./support/fixtures";
import { finishedVideo } from "./support/videos";

// Faults: the storage directory is full (a 1 MB tmpfs this test mounts; it needs root, as CI has). The video
// fails with a message saying so, nothing half-written stays in storage, the server keeps answering, and once
// space is freed the next video completes.
const root = typeof process.getuid === "function" && process.getuid() === 0;
const storageDir = mkdtempSync(path.join(os.tmpdir(), "disk-full-"));
const filler = path.join(storageDir, "filler.bin");
let mounted = false;
let server: RunningServer;
let worker: RunningWorker;
let key: string;

// Every file under the storage dir but the filler, as paths relative to it.
function storedFiles(): string[] {
  return (readdirSync(storageDir, { recursive: true, encoding: "utf8" }) as string[]).filter(
    (f) => !statSync(path.join(storageDir, f)).isDirectory() && f !== "filler.bin",
  );
}

beforeAll(async () => {
  if (!root) return;
  execFileSync("mount", ["-t", "tmpfs", "-o", "size=1m", "tmpfs", storageDir]);
  mounted = true;
  server = await startServer({ STORAGE_DIR: storageDir }, "disk-full-server");
  worker = await startWorker({ STORAGE_DIR: storageDir, APP_URL: server.url }, "disk-full-worker");
  key = await makeKey((await makeUser("disk")).teamId);
}, 120_000);

afterAll(async () => {
  await worker?.stop();
  await server?.stop();
  if (mounted) execFileSync("umount", [storageDir]);
  rmSync(storageDir, { recursive: true, force: true });
});

type Status = { status: string; video_url: string | null; error: { code: number; reason: string; message: string } | null };

async function render(): Promise<Status & { id: string }> {
  const body = {
    dimension: { width: 320, height: 180 },
    video_inputs: [
      {
        character: { type: "avatar", avatar_id: listAvatars()[0]!.avatar_id },
        voice: { type: "text", voice_id: listVoices()[0]!.voice_id, input_text: "A few words for a full disk." },
      },
    ],
  };
  const made = await api("POST", "/v2/video/generate", { key, json: body, base: server.url });
  expect(made.status, made.text).toBe(200);
  const id = made.body.data.video_id as string;
  return { id, ...(await finishedVideo<Status>(id, { key, base: server.url, timeoutMs: 120_000 })) };
}

describe.skipIf(!root)("a full storage disk", () => {
  it("fails the video with a message that says so, keeps nothing half-written, and keeps answering", async () => {
    // Leave 16 KB: less than one scene's segment.
    const free = Number(execFileSync("df", ["--output=avail", "-B1", storageDir]).toString().split("\n")[1]);
    writeFileSync(filler, Buffer.alloc(Math.max(0, free - 16 * 1024)));
    const done = await render();
    expect(done.status).toBe("failed");
    expect(done.error).toMatchObject({ code: 50002, reason: "storage_failed" });
    expect(done.error?.message).toMatch(/ran out of storage space/);
    expect(done.video_url).toBeNull();
    expect(storedFiles()).toEqual([]);
    expect((await fetch(`${server.url}/api/health`)).status).toBe(200);

    rmSync(filler);
    const after = await render();
    expect(after.status).toBe("completed");
    expect((await fetch(after.video_url!)).status).toBe(200);
  }, 240_000);
});
