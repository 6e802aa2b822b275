import { createServer, type Server } from "node:http";
import { beforeAll, afterAll, describe, expect, inject, it } from "vitest";
import { db } from "@/lib/db";
import { getSecret } from "@/lib/secrets";
import { httpStatusReporter } from "@/lib/videos/http-status-reporter";
import type { VideoReport } from "@/lib/videos/move-video";
import { renderCallbackHeaders } from "@/lib/videos/render-callback";
import { api } from "./support/http";
import { makeKey, makeUser, type TestUser } from "./support/fixtures";

// Worker reports over HTTP: signed POSTs to /api/callbacks/render, into the one ingestion function.
let owner: TestUser;
let key: string;
let secret: string;
const url = () => `${inject("baseUrl")}/api/callbacks/render`;

async function newVideo(): Promise<string> {
  const video = await db().video.create({
    data: { teamId: owner.teamId, request: { video_inputs: [] }, status: "processing", scenesTotal: 1 },
  });
  return video.id;
}

function post(videoId: string, report: VideoReport, opts: { secret?: string; at?: number } = {}) {
  const body = JSON.stringify({ video_id: videoId, report });
  return fetch(url(), {
    method: "POST",
    headers: { "Content-Type": "application/json", ...renderCallbackHeaders(opts.secret ?? secret, body, opts.at) },
    body,
  });
}

const statusOf = async (id: string) => (await db().video.findUniqueOrThrow({ where: { id } })).status;
const events = (videoId: string) => db().webhookEvent.count({ where: { videoId } });
const done: VideoReport = { status: "completed", outputs: { video: "teams/x/videos/y/video.mp4" }, duration: 3 };

beforeAll(async () => {
  owner = await makeUser("callback");
  key = await makeKey(owner.teamId);
  secret = await getSecret("RENDER_CALLBACK_SECRET");
});

describe("POST /api/callbacks/render", () => {
  it("applies a signed report and answers the video's status", async () => {
    const id = await newVideo();
    const res = await post(id, { status: "processing", progress: 40 });
    expect(res.status).toBe(200);
    expect((await res.json()).data).toEqual({ status: "processing", moved: true });
    expect((await db().video.findUniqueOrThrow({ where: { id } })).progress).toBe(40);
  });

  it("refuses a forged report, a replay older than five minutes and a malformed one, changing nothing", async () => {
    const id = await newVideo();
    expect((await post(id, done, { secret: "f".repeat(43) })).status).toBe(401);
    expect((await post(id, done, { at: Date.now() - 6 * 60_000 })).status).toBe(401);
    const unsigned = await fetch(url(), {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ video_id: id, report: done }),
    });
    expect(unsigned.status).toBe(401);
    const bad = await post(id, { status: "exploded" } as unknown as VideoReport);
    expect(bad.status).toBe(400);
    expect(JSON.stringify(await bad.json())).toContain("report.status");
    expect(await statusOf(id)).toBe("processing");
    expect(await events(id)).toBe(0);
  });

  it("keeps the right final state under duplicate and out-of-order reports, with one event", async () => {
    const id = await newVideo();
    const answers = await Promise.all([post(id, done), post(id, done), post(id, { status: "processing", progress: 50 }), post(id, done)]);
    expect(answers.map((r) => r.status)).toEqual([200, 200, 200, 200]);
    const late = await (await post(id, { status: "processing", progress: 99 })).json();
    expect(late.data).toEqual({ status: "completed", moved: false });
    const failedLate = await (await post(id, { status: "failed", error: { code: "internal_error", message: "late" } })).json();
    expect(failedLate.data.status).toBe("completed");
    expect(await statusOf(id)).toBe("completed");
    expect(await events(id)).toBe(1);
  });

  it("ignores reports for cancelled and deleted videos", async () => {
    const id = await newVideo();
    expect((await api("POST", `/v1/video.cancel?video_id=${id}`, { key })).status).toBe(200);
    expect((await (await post(id, done)).json()).data).toEqual({ status: "failed", moved: false });
    const gone = await newVideo();
    await db().video.delete({ where: { id: gone } });
    const res = await post(gone, done);
    expect(res.status).toBe(200);
    expect((await res.json()).data).toEqual({});
  });
});

describe("httpStatusReporter", () => {
  let flaky: Server;
  let refusals = 0;
  let hits = 0;
  beforeAll(async () => {
    // A proxy in front of the callback route that is "down" (503) for the first two attempts.
    flaky = createServer(async (req, res) => {
      hits++;
      const chunks: Buffer[] = [];
      for await (const c of req) chunks.push(c as Buffer);
      if (refusals > 0) {
        refusals--;
        res.writeHead(503).end("restarting");
        return;
      }
      const upstream = await fetch(url(), { method: "POST", headers: req.headers as Record<string, string>, body: Buffer.concat(chunks) });
      res.writeHead(upstream.status, { "Content-Type": "application/json" }).end(await upstream.text());
    });
    await new Promise<void>((r) => flaky.listen(0, "127.0.0.1", () => r()));
  });
  afterAll(() => flaky?.close());

  it("retries a report until the server acknowledges it", async () => {
    const id = await newVideo();
    refusals = 2;
    hits = 0;
    const reporter = httpStatusReporter({
      url: `http://127.0.0.1:${(flaky.address() as { port: number }).port}/`,
      secret: () => getSecret("RENDER_CALLBACK_SECRET"),
    });
    expect(await reporter.report(id, done)).toEqual({ status: "completed", moved: true });
    expect(hits).toBe(3);
    expect(await statusOf(id)).toBe("completed");
  });

  it("gives up on a refused signature at once, and on an unreachable server after its deadline", async () => {
    const id = await newVideo();
    const forged = httpStatusReporter({ url: url(), secret: async () => "x".repeat(43) });
    await expect(forged.report(id, done)).rejects.toThrow(/refused \(HTTP 401/);
    const down = httpStatusReporter({ url: "http://127.0.0.1:9/", secret: async () => secret, terminalDeadlineMs: 1000 });
    await expect(down.report(id, done)).rejects.toThrow(/not acknowledged after \d+ attempts/);
    expect(await statusOf(id)).toBe("processing");
  });
});
