import "server-only";
import { createHash } from "node:crypto";
import PgBoss from "pg-boss";
import type { Tx } from "@/lib/db";
import { env } from "@/lib/env";

// pg-boss on the same PostgreSQL. One instance per process, started on first use. pg-boss 10 drops jobs sent
// to a queue that does not exist: each job's queue is created (with its policy) before the first send from a
// process, and by the worker for every registered job when it starts.
const globalForQueue = globalThis as unknown as { boss?: Promise<PgBoss>; ready?: Map<string, Promise<void>> };

export function queue(): Promise<PgBoss> {
  globalForQueue.boss ??= (async () => {
    const url = env().databaseUrl;
    if (!url) throw new Error("DATABASE_URL is not set");
    const boss = new PgBoss({ connectionString: url, max: 4, application_name: "avatar-studio" });
    boss.on("error", (error) => console.error("[queue]", error.message));
    await boss.start();
    return boss;
  })();
  globalForQueue.boss.catch(() => (globalForQueue.boss = undefined));
  return globalForQueue.boss;
}

export type QueueSpec = {
  name: string;
  policy: { retryLimit: number; retryDelay?: number; retryBackoff?: boolean; expireInSeconds: number };
};

/**
 * Creates the job's queue, or brings an existing one's policy up to date; once per process and name. Concurrent
 * first sends share the one creation (creating a queue is DDL: run twice at once, PostgreSQL deadlocks).
 */
export function ensureQueue(boss: PgBoss, job: QueueSpec): Promise<void> {
  const ready = (globalForQueue.ready ??= new Map());
  let pending = ready.get(job.name);
  if (!pending) {
    const { retryLimit, retryDelay, retryBackoff, expireInSeconds } = job.policy;
    // pg-boss checks every key that is present, undefined or not.
    const options = {
      name: job.name,
      retryLimit,
      expireInSeconds,
      ...(retryDelay !== undefined ? { retryDelay } : {}),
      ...(retryBackoff !== undefined ? { retryBackoff } : {}),
    };
    pending = (async () => {
      await boss.createQueue(job.name, options);
      await boss.updateQueue(job.name, options);
    })();
    ready.set(job.name, pending);
    // A failed creation is tried again by the next send.
    pending.catch(() => ready.delete(job.name));
  }
  return pending;
}

export async function stopQueue(): Promise<void> {
  const pending = globalForQueue.boss;
  globalForQueue.boss = undefined;
  globalForQueue.ready = undefined;
  if (pending) await (await pending).stop({ graceful: true, timeout: 10_000 });
}

// pg-boss runs its SQL through whatever `executeSql` it is given: handing it the Prisma transaction puts a job
// in the same transaction as the rows it belongs to, so both exist or neither does.
export function inTransaction(tx: Tx) {
  return {
    async executeSql(text: string, values: unknown[] = []) {
      // pg-boss passes job data as an object for a ::jsonb parameter; Prisma wants it serialised.
      const params = values.map((v) =>
        v !== null && typeof v === "object" && !(v instanceof Date) && !Array.isArray(v) ? JSON.stringify(v) : (v ?? null),
      );
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
