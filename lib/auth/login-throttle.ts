import "server-only";
import { db } from "@/lib/db";

const FREE_FAILURES = 5;
const FIRST_LOCK_SECONDS = 30;
const MAX_LOCK_SECONDS = 15 * 60;

// One email from one client address: a guesser elsewhere cannot lock the real owner out.
const pairKey = (email: string, ip: string) => `${email}\n${ip}`;

/** Seconds this email must wait before trying again from this address (0: it may try now). */
export async function loginLockSeconds(email: string, ip: string): Promise<number> {
  const row = await db().loginThrottle.findUnique({ where: { key: pairKey(email, ip) }, select: { lockedUntil: true } });
  const left = row?.lockedUntil ? row.lockedUntil.getTime() - Date.now() : 0;
  return left > 0 ? Math.ceil(left / 1000) : 0;
}

/** A wrong password: after 5 of them the pair waits 30 s, doubling with each further one, up to 15 minutes. */
export async function noteLoginFailure(email: string, ip: string): Promise<void> {
  await db().$executeRaw`
    INSERT INTO "LoginThrottle" ("key", "failures", "lockedUntil", "updatedAt") VALUES (${pairKey(email, ip)}, 1, NULL, now())
    ON CONFLICT ("key") DO UPDATE SET
      "failures" = "LoginThrottle"."failures" + 1,
      "lockedUntil" = CASE WHEN "LoginThrottle"."failures" + 1 >= ${FREE_FAILURES}
        THEN now() + make_interval(secs => LEAST(${MAX_LOCK_SECONDS}, ${FIRST_LOCK_SECONDS} * power(2, "LoginThrottle"."failures" + 1 - ${FREE_FAILURES})))
        ELSE NULL END,
      "updatedAt" = now()`;
}

/** A successful login starts the pair afresh. */
export async function clearLoginFailures(email: string, ip: string): Promise<void> {
  await db().loginThrottle.deleteMany({ where: { key: pairKey(email, ip) } });
}

/** Rows untouched for a day (housekeeping). */
export async function pruneLoginThrottles(): Promise<number> {
  const { count } = await db().loginThrottle.deleteMany({ where: { updatedAt: { lt: new Date(Date.now() - 24 * 3600_000) } } });
  return count;
}
