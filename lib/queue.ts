import "server-only";
import PgBoss from "pg-boss";
import { env } from "@/lib/env";

// pg-boss on the same PostgreSQL. One instance per process, started on first use.
const globalForQueue = globalThis as unknown as { boss?: Promise<PgBoss> };

export function queue(): Promise<PgBoss> {
  globalForQueue.boss ??= (async () => {
    const url = env().databaseUrl;
    if (!url) throw new Error("DATABASE_URL is not set");
    const boss = new PgBoss({ connectionString: url, max: 4, application_name: "avatar-studio" });
    boss.on("error", (error) => console.error("[queue]", error.message));
    await boss.start();
    return boss;
  })();
  return globalForQueue.boss;
}

export async function stopQueue(): Promise<void> {
  const pending = globalForQueue.boss;
  globalForQueue.boss = undefined;
  if (pending) await (await pending).stop({ graceful: true, timeout: 10_000 });
}
