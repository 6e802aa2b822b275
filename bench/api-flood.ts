// npm run bench:api: POST /v2/video/generate at fixed rates (100, 300, 600 requests/s, 30 s each; BENCH_SECONDS
// to change) against the production web server with no worker (nothing renders), driven by autocannon with one
// API key per simulated client. Prints throughput, latency (p50, p99) and errors per rate, where errors are
// answers other than 2xx, 429, and 503 with Retry-After. Then checks that every accepted video_id exists
// exactly once with its render job, and deletes the team. Figures, not assertions.
import autocannon, { type Result } from "autocannon";
import { startServer } from "../tests/support/server";
import { benchPlace } from "./setup";

const RATES = [100, 300, 600];
const SECONDS = Number(process.env.BENCH_SECONDS ?? 30);
const CLIENTS = 20;
const body = JSON.stringify({ dimension: { width: 320, height: 180 }, video_inputs: [{ voice: { type: "silence", duration: 1 } }] });

type Run = { rate: number; result: Result; accepted: string[]; limited: number; errors: Map<number, number> };

function flood(url: string, keys: string[], rate: number): Promise<Run> {
  const accepted: string[] = [];
  const errors = new Map<number, number>();
  let limited = 0;
  let next = 0;
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      {
        url: `${url}/v2/video/generate`,
        method: "POST",
        connections: CLIENTS,
        // Paced across all connections.
        overallRate: rate,
        duration: SECONDS,
        // One key per connection (its context lives as long as the connection): every simulated client spends
        // its own budget, as real clients do.
        requests: [
          {
            setupRequest: (req, context: { key?: string }) => {
              context.key ??= keys[next++ % keys.length]!;
              return { ...req, headers: { ...req.headers, "content-type": "application/json", "x-api-key": context.key }, body };
            },
          },
        ],
        setupClient: (client) => {
          client.on("body", (buf: Buffer) => {
            const id = /"video_id":"([^"]+)"/.exec(buf.toString())?.[1];
            if (id) accepted.push(id);
          });
        },
      },
      (error, result) => (error ? reject(error) : resolve({ rate, result, accepted, limited, errors })),
    );
    instance.on("response", (_client, status: number) => {
      if (status === 429) limited++;
      else if (status >= 300 && status !== 503) errors.set(status, (errors.get(status) ?? 0) + 1);
    });
  });
}

async function main(): Promise<void> {
  const place = await benchPlace("api", { build: true });
  const server = await startServer({ DATABASE_URL: place.databaseUrl, STORAGE_DIR: place.storageDir }, "bench-api-server");
  const { db } = await import("@/lib/db");
  const { createApiKey } = await import("@/lib/keys/api-keys");
  const { createTeam } = await import("@/lib/teams/teams");
  const { stopQueue } = await import("@/lib/queue");
  let teamId: string | undefined;
  try {
    const owner = await db().user.create({ data: { email: `bench-${Date.now()}@example.test`, name: "Bench" } });
    const team = await db().$transaction((tx) =>
      createTeam(tx, { name: "API bench", slug: `bench-${Date.now().toString(36)}`, ownerId: owner.id }),
    );
    teamId = team.id;
    // Each key's generate budget (60/min by default) would turn most requests into 429s: raised for this team,
    // as an operator would (npm run team -- --rate), so the figures are about the server, not the limiter.
    await db().team.update({ where: { id: team.id }, data: { rateLimits: { generate: { limit: 100_000, windowSeconds: 60 } } } });
    const keys = await Promise.all(
      Array.from({ length: CLIENTS }, (_, i) => createApiKey(team.id, { name: `client ${i}` }).then((k) => k.secret)),
    );
    console.log(`web server ${server.url}, no worker; ${CLIENTS} clients with a key each; ${SECONDS} s per rate`);
    const runs: Run[] = [];
    for (const rate of RATES) {
      const run = await flood(server.url, keys, rate);
      runs.push(run);
      const r = run.result;
      const errors = [...run.errors].map(([s, n]) => `${n} x ${s}`).join(", ") || "none";
      console.log(
        `${rate} req/s asked: ${r.requests.average.toFixed(0)} req/s done, ${run.accepted.length} accepted, ${run.limited} rate-limited; ` +
          `latency p50 ${r.latency.p50} ms, p99 ${r.latency.p99} ms, max ${r.latency.max} ms; errors: ${errors}; timeouts ${r.timeouts}`,
      );
    }
    // Every accepted video exists once, with its one render job.
    const ids = runs.flatMap((r) => r.accepted);
    const rows = await db().video.count({ where: { id: { in: ids }, teamId } });
    const jobs = await db().$queryRawUnsafe<{ n: bigint }[]>(
      `SELECT count(DISTINCT singleton_key) AS n FROM pgboss.job WHERE name = 'video.render' AND singleton_key = ANY($1)`,
      ids,
    );
    console.log(`accepted ${ids.length} (${new Set(ids).size} distinct): ${rows} video rows, ${Number(jobs[0]?.n ?? 0)} render jobs`);
    const summary = runs.map((r) => `p99@${r.rate}=${r.result.latency.p99}ms`).join(" ");
    console.log(`api-bench ${summary} accepted=${ids.length} rows=${rows} jobs=${Number(jobs[0]?.n ?? 0)}`);
  } finally {
    if (teamId) {
      await db()
        .$executeRawUnsafe(`DELETE FROM pgboss.job WHERE name = 'video.render' AND data->>'teamId' = $1`, teamId)
        .catch(() => undefined);
      await db().team.delete({ where: { id: teamId } });
    }
    await server.stop();
    await stopQueue();
    await db().$disconnect();
    await place.close();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
