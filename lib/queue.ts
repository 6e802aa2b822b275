import "server-only";
import PgBoss from "pg-boss";
import { env } from "@/lib/env";

// pg-boss on the same PostgreSQL. One instance per process, started on first use; every queue the
// product sends to is created on start (pg-boss 10 drops jobs sent to a queue that does not exist).
const globalForQueue = globalThis as unknown as { boss?: Promise<PgBoss> };

export const queues = {
  // One job per submitted video; the render engine fans it out into scene and assemble jobs.
  videoRender: "video.render",
} as const;

export function queue(): Promise<PgBoss> {
  globalForQueue.boss ??= (async () => {
    const url = env().databaseUrl;
    if (!url) throw new Error("DATABASE_URL is not set");
    const boss = new PgBoss({ connectionString: url, max: 4, application_name: "avatar-studio" });
    boss.on("error", (error) => console.error("[queue]", error.message));
    await boss.start();
    for (const name of Object.values(queues)) await boss.createQueue(name, { name, retryLimit: 2, retryBackoff: true });
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
