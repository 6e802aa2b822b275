import "server-only";
import { db } from "@/lib/db";
import { env, type Limit, type RateLimitName } from "@/lib/env";
import { RateLimited } from "@/lib/errors";

export type { Limit } from "@/lib/env";

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

const defaults = {
  generate: { limit: 60, windowSeconds: 60 },
  read: { limit: 600, windowSeconds: 60 },
  write: { limit: 300, windowSeconds: 60 },
  // New voice samples (cached ones are free), per team: each is a few seconds of a synthesis thread.
  voicePreview: { limit: 30, windowSeconds: 60 },
  // Every attempt on one email, from any address: far above what its owner needs (the pair throttle in
  // lib/auth/login-throttle.ts stops a guesser long before).
  loginPerEmail: { limit: 200, windowSeconds: 15 * 60 },
  loginPerIp: { limit: 100, windowSeconds: 15 * 60 },
  resetPerIp: { limit: 20, windowSeconds: 15 * 60 },
  signupPerIp: { limit: 20, windowSeconds: 60 * 60 },
} satisfies Record<RateLimitName, Limit>;

/** The limit of that name: the team's operator override, else RATE_LIMITS in the environment, else the default. */
export function limitOf(name: RateLimitName, team?: Partial<Record<RateLimitName, Limit>>): Limit {
  return team?.[name] ?? env().rateLimits[name] ?? defaults[name];
}

export async function pruneRateLimits(): Promise<number> {
  const { count } = await db().rateLimit.deleteMany({ where: { windowStart: { lt: new Date(Date.now() - 24 * 3600_000) } } });
  return count;
}
