import "server-only";
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
} as const;

// Queue policies beyond the default. A delivery job retries only when its worker crashed or the database
// failed (HTTP failures are recorded and rescheduled by the delivery itself), after its lease has expired.
const policies: Partial<Record<string, Omit<PgBoss.Queue, "name">>> = {
  [queues.webhookDeliver]: { retryLimit: 5, retryDelay: 60, retryBackoff: true, expireInSeconds: 60 },
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
