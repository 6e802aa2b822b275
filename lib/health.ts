import "server-only";
import { db } from "@/lib/db";

export async function checkHealth(): Promise<{ ok: boolean; body: Record<string, string> }> {
  try {
    await Promise.race([
      db().$queryRaw`SELECT 1`,
      new Promise((_, reject) => setTimeout(() => reject(new Error("timed out after 3 s")), 3000)),
    ]);
    return { ok: true, body: { status: "ok", database: "ok" } };
  } catch (error) {
    return { ok: false, body: { status: "error", database: `unreachable: ${(error as Error).message.split("\n")[0]}` } };
  }
}
