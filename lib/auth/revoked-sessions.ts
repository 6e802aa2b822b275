import "server-only";
import { db } from "@/lib/db";

/** Ends one session (its JWT's sid) until `expiresAt`, when its token would have expired anyway. */
export async function revokeSession(sid: string, expiresAt: Date): Promise<void> {
  await db().revokedSession.upsert({ where: { sid }, create: { sid, expiresAt }, update: {} });
}

export async function isSessionRevoked(sid: string): Promise<boolean> {
  return (await db().revokedSession.count({ where: { sid } })) > 0;
}

/** Revocations whose token has expired by now (housekeeping). */
export async function pruneRevokedSessions(): Promise<number> {
  const { count } = await db().revokedSession.deleteMany({ where: { expiresAt: { lt: new Date() } } });
  return count;
}
