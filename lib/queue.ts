import "server-only";
import { createHash } from "node:crypto";
import PgBoss from "pg-boss";
import type { Tx } from "@/lib/db";
import { env } from "@/lib/env";

// pg-boss on the same PostgreSQL. One instance per process, started on first use; every queue the
// product sends to is created on start (pg-boss 10 drops jobs sent to a queue that does not exist).
const globalForQueue = globalThis as unknown as { boss?: Promise<PgBoss> };

export const queues = {
  // One job per submitted video; the render engine fans it out into scene and assemble jobs.
  videoRender: "video.render",
  // One job per attempt of a webhook delivery (lib/webhooks); the delivery schedules its own retries.
  webhookDeliver: "webhook.deliver",
  // HeyGen provider (lib/generation/heygen): forward a new video's request upstream; copy a finished one's files.
  heygenSubmit: "heygen.submit",
  heygenImport: "heygen.import",
} as const;

// Queue policies beyond the default. A delivery job retries only when its worker crashed or the database
// failed (HTTP failures are recorded and rescheduled by the delivery itself), after its lease has expired.
const policies: Partial<Record<string, Omit<PgBoss.Queue, "name">>> = {
  [queues.webhookDeliver]: { retryLimit: 5, retryDelay: 60, retryBackoff: true, expireInSeconds: 60 },
  // Transient upstream failures (no answer, 429, 5xx) are retried for about 10 minutes, then the video fails.
  [queues.heygenSubmit]: { retryLimit: 6, retryDelay: 10, retryBackoff: true, expireInSeconds: 15 * 60 },
  // Copying a long video's files may take a while; a file that cannot be fetched is tried again.
  [queues.heygenImport]: { retryLimit: 5, retryDelay: 10, retryBackoff: true, expireInSeconds: 60 * 60 },
};

export function queue(): Promise<PgBoss> {
  globalForQueue.boss ??= (async () => {
    const url = env().databaseUrl;
    if (!url) throw new Error("DATABASE_URL is not set");
    const boss = new PgBoss({ connectionString: url, max: 4, application_name: "avatar-studio" });
    boss.on("error", (error) => console.error("[queue]", error.message));
    await boss.start();
    for (const name of Object.values(queues)) await boss.createQueue(name, { name, retryLimit: 2, retryBackoff: true, ...policies[name] });
    return boss;
  })();
  globalForQueue.boss.catch(() => (globalForQueue.boss = undefined));
  return globalForQueue.boss;
}

export async function stopQueue(): Promise<void> {
  const pending = globalForQueue.boss;
  globalForQueue.boss = undefined;
  if (pending) await (await pending).stop({ graceful: true, timeout: 10_000 });
}

// pg-boss runs its SQL through whatever `executeSql` it is given: handing it the Prisma transaction puts a job
// in the same transaction as the rows it belongs to, so both exist or neither does.
export function inTransaction(tx: Tx) {
  return {
    async executeSql(text: string, values: unknown[] = []) {
      // pg-boss passes job data as an object for a ::jsonb parameter; Prisma wants it serialised.
      const params = values.map((v) => (v !== null && typeof v === "object" && !(v instanceof Date) && !Array.isArray(v) ? JSON.stringify(v) : (v ?? null)));
      const rows = await tx.$queryRawUnsafe<Record<string, unknown>[]>(text, ...params);
      return { rows };
    },
  };
}

// A deterministic job id (a UUID made of a hash of the parts): sending the same job twice adds nothing.
export function jobId(...parts: (string | number)[]): string {
  const h = createHash("sha256").update(parts.join(":")).digest("hex");
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20, 32)}`;
}
