// npm run bench: figures for the foundation, printed (not asserted). Runs the production build against
// the test database (scripts/test-db.mjs), so it never touches the developer's data.
import { performance } from "node:perf_hooks";
import { startServer } from "../tests/support/server";

type Figures = { p50: number; p95: number; perSecond: number };

async function measure(count: number, concurrency: number, call: () => Promise<Response>): Promise<Figures> {
  const times: number[] = [];
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < count) {
        next++;
        const t = performance.now();
        const res = await call();
        await res.arrayBuffer();
        if (!res.ok) throw new Error(`HTTP ${res.status}`);
        times.push(performance.now() - t);
      }
    }),
  );
  const total = (performance.now() - started) / 1000;
  times.sort((a, b) => a - b);
  const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))]!;
  return { p50: at(0.5), p95: at(0.95), perSecond: count / total };
}

const row = (name: string, f: Figures) =>
  console.log(
    `${name.padEnd(38)} p50 ${f.p50.toFixed(1).padStart(6)} ms   p95 ${f.p95.toFixed(1).padStart(6)} ms   ${f.perSecond.toFixed(0).padStart(5)} req/s`,
  );

async function main(): Promise<void> {
  // @ts-expect-error: plain ESM script without types
  const { provideTestDatabase } = await import("../scripts/test-db.mjs");
  const database = await provideTestDatabase();
  process.env.DATABASE_URL = database.url;
  const server = await startServer({ DATABASE_URL: database.url }, "bench-server");
  try {
    const { hashPassword } = await import("@/lib/auth/password");
    const { signUp } = await import("@/lib/users/accounts");
    const { createApiKey } = await import("@/lib/keys/api-keys");
    const { db } = await import("@/lib/db");

    const hashes = 10;
    const t = performance.now();
    for (let i = 0; i < hashes; i++) await hashPassword(`password number ${i}`);
    console.log(`${"argon2id hash (19 MiB, t=2)".padEnd(38)} ${((performance.now() - t) / hashes).toFixed(1)} ms each`);

    const { teamSlug } = await signUp({ name: "Bench", email: `bench-${Date.now()}@example.test`, password: "bench password 1" });
    const team = await db().team.findUniqueOrThrow({ where: { slug: teamSlug } });
    // A fresh key per run keeps each under the 600 reads/min budget of one key.
    const withKey = async () => ({ "X-Api-Key": (await createApiKey(team.id, { name: "bench" })).secret });

    // Warm-up: first requests compile routes and fill pools.
    const warm = await withKey();
    await measure(20, 2, () => fetch(`${server.url}/v1/user/me`, { headers: warm }));
    row("GET /api/health (1 client)", await measure(300, 1, () => fetch(`${server.url}/api/health`)));
    const one = await withKey();
    row("GET /v1/user/me with key (1 client)", await measure(300, 1, () => fetch(`${server.url}/v1/user/me`, { headers: one })));
    const eight = await withKey();
    row("GET /v1/user/me with key (8 clients)", await measure(500, 8, () => fetch(`${server.url}/v1/user/me`, { headers: eight })));
    await db().$disconnect();
  } finally {
    await server.stop();
    await database.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
