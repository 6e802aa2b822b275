import "server-only";
import { db } from "@/lib/db";
import { RateLimited } from "@/lib/errors";

export type Limit = { limit: number; windowSeconds: number };

// Fixed-window counters in PostgreSQL, so every web process shares one budget.
export async function hit(key: string, { limit, windowSeconds }: Limit): Promise<{ ok: boolean; retryAfter: number }> {
  const now = Date.now();
  const windowMs = windowSeconds * 1000;
  const windowStart = new Date(Math.floor(now / windowMs) * windowMs);
  const rows = await db().$queryRaw<{ count: number }[]>`
    INSERT INTO "RateLimit" (key, "windowStart", count) VALUES (${key}, ${windowStart}, 1)
    ON CONFLICT (key, "windowStart") DO UPDATE SET count = "RateLimit".count + 1
    RETURNING count`;
  const count = rows[0]?.count ?? 1;
  const retryAfter = Math.max(1, Math.ceil((windowStart.getTime() + windowMs - now) / 1000));
  return { ok: count <= limit, retryAfter };
}

export async function enforce(key: string, limit: Limit): Promise<void> {
  const result = await hit(key, limit);
  if (!result.ok) throw new RateLimited(result.retryAfter);
}

export const limits = {
  generate: { limit: 60, windowSeconds: 60 },
  read: { limit: 600, windowSeconds: 60 },
  write: { limit: 300, windowSeconds: 60 },
  loginPerEmail: { limit: 10, windowSeconds: 15 * 60 },
  loginPerIp: { limit: 100, windowSeconds: 15 * 60 },
  resetPerIp: { limit: 20, windowSeconds: 15 * 60 },
  signupPerIp: { limit: 20, windowSeconds: 60 * 60 },
} satisfies Record<string, Limit>;

export async function pruneRateLimits(): Promise<number> {
  const { count } = await db().rateLimit.deleteMany({ where: { windowStart: { lt: new Date(Date.now() - 24 * 3600_000) } } });
  return count;
}
