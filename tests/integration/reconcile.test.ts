import { createServer, type Server } from "node:http";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { parseVideoRequest } from "@/lib/contract/parse";
import { db } from "@/lib/db";
import { renderJobState } from "@/lib/generation/local/render-job-state";
import { reconcileVideos } from "@/lib/generation/reconcile";
import { api } from "./support/http";
import { makeKey, makeUser, type TestUser } from "./support/fixtures";
import { startWorker, type RunningWorker } from "../support/worker";

// The reconciler repairs what lost reports and lost jobs leave behind. The worker reports through a proxy
// that can "lose" completed reports: it acknowledges them without passing them on.
let owner: TestUser;
let key: string;
let worker: RunningWorker;
let proxy: Server;
const dropCompletedFor = new Set<string>();
let dropped = 0;

const body = {
  dimension: { width: 320, height: 180 },
  video_inputs: [{ voice: { type: "silence", duration: 1 }, background: { type: "color", value: "#1d4ed8" } }],
};
const statusOf = async (id: string) => (await db().video.findUniqueOrThrow({ where: { id } })).status;

async function until<T>(what: string, probe: () => Promise<T | undefined>, ms = 60_000): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

beforeAll(async () => {
  // Start from an empty render queue: earlier files leave videos queued that no worker of theirs rendered
  // (the fuzz test alone queues hundreds), and this file's worker would render them all first.
  await db().$executeRawUnsafe(
    `DELETE FROM pgboss.job WHERE name IN ('video.render', 'video.scene', 'video.assemble') AND state IN ('created', 'retry')`,
  );
  owner = await makeUser("reconcile");
  key = await makeKey(owner.teamId);
  const target = `${inject("baseUrl")}/api/callbacks/render`;
  proxy = createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const raw = Buffer.concat(chunks);
    const sent = JSON.parse(raw.toString()) as { video_id: string; report: { status: string } };
    if (sent.report.status === "completed" && dropCompletedFor.has(sent.video_id)) {
      dropped++;
      res
        .writeHead(200, { "Content-Type": "application/json" })
        .end(JSON.stringify({ code: 100, data: { status: "completed", moved: true } }));
      return;
    }
    const answer = await fetch(target, { method: "POST", headers: req.headers as Record<string, string>, body: raw });
    res.writeHead(answer.status, { "Content-Type": "application/json" }).end(await answer.text());
  });
  await new Promise<void>((r) => proxy.listen(0, "127.0.0.1", () => r()));
  const port = (proxy.address() as { port: number }).port;
  worker = await startWorker(
    { STORAGE_DIR: inject("storageDir"), RENDER_CALLBACK_URL: `http://127.0.0.1:${port}/`, WORKER_CONCURRENCY: "1" },
    "reconcile-worker",
  );
}, 90_000);

afterAll(async () => {
  await worker?.stop();
  proxy?.close();
});

describe("reconcileVideos", () => {
  it("completes a video whose completed report was lost, from the finished job's output", async () => {
    const made = await api("POST", "/v2/video/generate", { key, json: body });
    const id = made.body.data.video_id as string;
    dropCompletedFor.add(id);
    const finished = await until("the assembly job to finish", async () => (await renderJobState(id)).finished);
    expect(dropped).toBe(1);
    expect(await statusOf(id)).toBe("processing");
    // Recent videos are left alone; stale ones are repaired.
    expect(await reconcileVideos({ olderThanSeconds: 3600, teamId: owner.teamId })).toEqual([]);
    expect(await reconcileVideos({ olderThanSeconds: 0, teamId: owner.teamId })).toEqual([{ videoId: id, action: "completed" }]);
    const status = (await api("GET", `/v1/video_status.get?video_id=${id}`, { key })).body.data;
    expect(status.status).toBe("completed");
    expect(status.video_url).toMatch(/\/api\/files\//);
    expect(status.duration).toBeCloseTo(finished.duration!, 3);
    // Applying it again changes nothing, and the success event went out once.
    expect(await reconcileVideos({ olderThanSeconds: 0, teamId: owner.teamId })).toEqual([]);
    expect(await db().webhookEvent.count({ where: { videoId: id, type: "avatar_video.success" } })).toBe(1);
  }, 90_000);

  it("queues a pending video whose job was lost, and fails a processing one whose jobs are all gone", async () => {
    const lost = await db().video.create({ data: { teamId: owner.teamId, request: parseVideoRequest(body) as object, status: "pending" } });
    const dead = await db().video.create({
      data: { teamId: owner.teamId, request: parseVideoRequest(body) as object, status: "processing", scenesTotal: 1 },
    });
    const repairs = await reconcileVideos({ olderThanSeconds: 0, teamId: owner.teamId });
    expect(repairs).toEqual(
      expect.arrayContaining([
        { videoId: lost.id, action: "requeued" },
        { videoId: dead.id, action: "failed" },
      ]),
    );
    expect(await db().video.findUniqueOrThrow({ where: { id: dead.id } })).toMatchObject({ status: "failed", errorCode: "internal_error" });
    // The worker picks the queued job up and renders it.
    await until("the re-queued video to complete", async () => ((await statusOf(lost.id)) === "completed" ? true : undefined));
  }, 90_000);
});
