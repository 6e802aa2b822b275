import { execFileSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listAvatars, listVoices } from "@/lib/catalog";
import { startLauncher, type RunningLauncher } from "../support/launcher";
import { api } from "./support/http";

// Faults: the PostgreSQL under `npm start` restarts while videos render (a private embedded instance this test
// starts, never the shared cluster). Web server and worker reconnect by themselves and every video completes.
type Pg = { url: string; stop: () => Promise<void>; restart: () => Promise<void> };

let pg: Pg;
let launcher: RunningLauncher;
let key: string;

// The operator CLI against the private database (its notes go to stderr; the secret is the last line).
const cli = (script: string, ...args: string[]) =>
  execFileSync(process.execPath, ["scripts/with-db.mjs", script, ...args], {
    env: { ...process.env, DATABASE_URL: pg.url },
    encoding: "utf8",
  }).trim();

beforeAll(async () => {
  // @ts-expect-error: plain ESM helpers without types
  const { startEmbeddedPostgres } = await import("../../scripts/lib/embedded-pg.mjs");
  // @ts-expect-error: plain ESM helpers without types
  const { migrate } = await import("../../scripts/migrate.mjs");
  pg = (await startEmbeddedPostgres({
    ephemeral: true,
    database: "avatar_studio_faults",
    log: Object.assign(() => {}, { warn: () => {}, step: (_: string, fn: () => unknown) => fn() }),
  })) as Pg;
  await migrate(pg.url, { log: Object.assign(() => {}, { warn: () => {}, step: (_: string, fn: () => unknown) => fn() }) });
  cli("scripts/cli/team.ts", "--create", "pg-faults", "--owner", "pg-faults@example.test");
  key = cli("scripts/cli/apikey.ts", "--team", "pg-faults").split("\n").pop()!;
  launcher = await startLauncher(
    { DATABASE_URL: pg.url, STORAGE_DIR: mkdtempSync(path.join(os.tmpdir(), "pg-faults-files-")), WORKER_CONCURRENCY: "2" },
    "launcher-postgres",
  );
  await launcher.waitFor(/\[worker\] ready/);
}, 300_000);

afterAll(async () => {
  await launcher?.stop();
  await pg?.stop();
});

describe("PostgreSQL restarted mid-render", () => {
  it("web server and worker reconnect by themselves, and every video completes", async () => {
    const call = (method: string, p: string, json?: unknown) => api(method, p, { key, json, base: launcher.url });
    const ids: string[] = [];
    for (let v = 0; v < 2; v++) {
      const body = {
        dimension: { width: 320, height: 180 },
        video_inputs: Array.from({ length: 3 }, (_, i) => ({
          character: { type: "avatar", avatar_id: listAvatars()[i % 2]!.avatar_id },
          voice: { type: "text", voice_id: listVoices()[0]!.voice_id, input_text: `Video ${v + 1}, scene ${i + 1}: a few words.` },
        })),
      };
      const made = await call("POST", "/v2/video/generate", body);
      expect(made.status, made.text).toBe(200);
      ids.push(made.body.data.video_id as string);
    }
    const status = async (id: string) =>
      (await call("GET", `/v1/video_status.get?video_id=${id}`)).body?.data as { status: string } | undefined;
    while ((await status(ids[0]!))?.status === "pending") await new Promise((r) => setTimeout(r, 50));

    const restartedAt = Date.now();
    await pg.restart();
    for (const id of ids) {
      for (;;) {
        const s = await status(id).catch(() => undefined);
        if (s?.status === "completed" || s?.status === "failed") {
          console.log(
            `[faults] PostgreSQL restarted: video ${id} ${s.status} ${((Date.now() - restartedAt) / 1000).toFixed(1)} s after the restart`,
          );
          expect(s.status).toBe("completed");
          break;
        }
        expect(Date.now() - restartedAt, "the video finishes within 5 minutes of the restart").toBeLessThan(5 * 60_000);
        await new Promise((r) => setTimeout(r, 500));
      }
    }
    expect((await fetch(`${launcher.url}/api/health`)).status).toBe(200);
  }, 420_000);
});
