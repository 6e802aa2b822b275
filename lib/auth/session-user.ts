import "server-only";
import { db } from "@/lib/db";

export type SessionUser = { id: string; email: string; name: string; sessionVersion: number };

// A JWT is only as good as the user row behind it: a deleted user, or a password changed or reset
// since the token was issued (sessionVersion), ends the session.
export async function loadSessionUser(id: unknown, sessionVersion: unknown): Promise<SessionUser | null> {
  if (typeof id !== "string") return null;
  const user = await db().user.findUnique({
    where: { id },
    select: { id: true, email: true, name: true, sessionVersion: true },
  });
  if (!user || user.sessionVersion !== sessionVersion) return null;
  return user;
}
