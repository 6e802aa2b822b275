// npm run bench:callbacks: how fast and how reliably finished videos reach the caller (figures, not
// assertions). The production build, one worker (WORKER_CONCURRENCY=2) and receivers on loopback:
//   1. 20 short videos with a callback_url to a healthy receiver: the delay from the render's end (the
//      video's completedAt, set when the worker's report is ingested) to the receiver getting the POST;
//   2. 20 more to a flaky receiver that answers 500 to 60% of POSTs (fixed pseudo-random sequence, retry
//      base 1 s): how many arrive, after how many attempts, and how late.
import { startReceiver, type Receiver } from "../tests/integration/support/receiver";
import { startServer, freePort } from "../tests/support/server";
import { startWorker } from "../tests/support/worker";
import { benchPlace } from "./setup";

const VIDEOS = 20;
const body = (callback: string, i: number) => ({
  callback_url: callback,
  callback_id: `bench-${i}`,
  dimension: { width: 320, height: 180 },
  video_inputs: [{ voice: { type: "silence", duration: 1 }, background: { type: "color", value: "#0f766e" } }],
});

const quantile = (xs: number[], q: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(q * xs.length))] ?? NaN;

async function main(): Promise<void> {
  const place = await benchPlace("callbacks", { build: true });
  const receiverPort = await freePort();
  const hosts = `127.0.0.1:${receiverPort}`;
  const common = {
    DATABASE_URL: place.databaseUrl,
    STORAGE_DIR: place.storageDir,
    ALLOWED_FETCH_HOSTS: hosts,
    WEBHOOK_RETRY_BASE_SECONDS: "1",
  };
  const server = await startServer(common, "bench-callbacks-server");
  const worker = await startWorker({ ...common, APP_URL: server.url, WORKER_CONCURRENCY: "2" }, "bench-callbacks-worker");
  const receiver: Receiver = await startReceiver(receiverPort);
  try {
    const { db } = await import("@/lib/db");
    const { signUp } = await import("@/lib/users/accounts");
    const { createApiKey } = await import("@/lib/keys/api-keys");
    const { teamSlug } = await signUp({ name: "Bench", email: `bench-cb-${Date.now()}@example.test`, password: "bench password 1" });
    const team = await db().team.findUniqueOrThrow({ where: { slug: teamSlug } });
    const key = (await createApiKey(team.id, { name: "bench" })).secret;

    async function run(pathName: string): Promise<string[]> {
      const ids: string[] = [];
      for (let i = 0; i < VIDEOS; i++) {
        const res = await fetch(`${server.url}/v2/video/generate`, {
          method: "POST",
          headers: { "X-Api-Key": key, "Content-Type": "application/json" },
          body: JSON.stringify(body(receiver.url(pathName), i)),
        });
        const json = (await res.json()) as { data?: { video_id: string } };
        if (!json.data) throw new Error(`generate failed: ${JSON.stringify(json)}`);
        ids.push(json.data.video_id);
      }
      return ids;
    }
    const idOf = (raw: Buffer) => (JSON.parse(raw.toString()) as { event_data: { video_id: string } }).event_data.video_id;
    async function arrivals(pathName: string, ids: string[], timeoutMs: number): Promise<Map<string, number>> {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const firstOk = new Map<string, number>();
        for (const hit of receiver.posts(pathName)) if (hit.status < 300 && !firstOk.has(idOf(hit.raw))) firstOk.set(idOf(hit.raw), hit.at);
        if (ids.every((id) => firstOk.has(id)) || Date.now() > deadline) return firstOk;
        await new Promise((r) => setTimeout(r, 200));
      }
    }

    // 1. Healthy receiver.
    const healthy = await run("/healthy");
    const got = await arrivals("/healthy", healthy, 180_000);
    const videos = await db().video.findMany({ where: { id: { in: healthy } }, select: { id: true, completedAt: true, status: true } });
    const delays = videos.filter((v) => v.completedAt && got.has(v.id)).map((v) => got.get(v.id)! - v.completedAt!.getTime());
    console.log(
      `healthy receiver: ${got.size}/${VIDEOS} videos delivered; render end -> receiver: median ${quantile(delays, 0.5).toFixed(0)} ms, p95 ${quantile(delays, 0.95).toFixed(0)} ms, max ${Math.max(...delays).toFixed(0)} ms`,
    );

    // 2. Flaky receiver: 60% of POSTs answered 500, from a fixed sequence.
    let seed = 7;
    const flakySequence = Array.from({ length: 400 }, () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) % 100 < 60 ? 500 : 200));
    receiver.script("/flaky", flakySequence);
    const flaky = await run("/flaky");
    const landed = await arrivals("/flaky", flaky, 240_000);
    const attempts = receiver.posts("/flaky").length;
    const fvideos = await db().video.findMany({ where: { id: { in: flaky } }, select: { id: true, completedAt: true } });
    const fdelays = fvideos.filter((v) => v.completedAt && landed.has(v.id)).map((v) => landed.get(v.id)! - v.completedAt!.getTime());
    const events = await db().webhookDelivery.findMany({ where: { event: { videoId: { in: flaky } } }, select: { attemptCount: true } });
    const perDelivery = events.map((e) => e.attemptCount);
    console.log(
      `flaky receiver (60% of POSTs answer 500, retry base 1 s): ${landed.size}/${VIDEOS} delivered; ${attempts} POSTs; attempts per delivery median ${quantile(perDelivery, 0.5)}, max ${Math.max(...perDelivery)}; render end -> accepted: median ${(quantile(fdelays, 0.5) / 1000).toFixed(1)} s, max ${(Math.max(...fdelays) / 1000).toFixed(1)} s`,
    );
    const ids = new Set(receiver.posts("/flaky").map((h) => String(h.headers["webhook-id"])));
    console.log(`flaky receiver: ${ids.size} distinct event ids across ${attempts} POSTs (one per video: retries reuse the id)`);
    console.log(
      `callbacks-bench median-ms=${quantile(delays, 0.5).toFixed(0)} flaky-delivered=${landed.size}/${VIDEOS} flaky-posts=${attempts}`,
    );
    await db().$disconnect();
  } finally {
    await receiver.close();
    await worker.stop();
    await server.stop();
    await place.close();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
