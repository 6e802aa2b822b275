import "server-only";
import { auth } from "@/lib/auth/auth";
import { loadSessionUser, type SessionUser } from "@/lib/auth/session-user";

export async function currentUser(): Promise<SessionUser | null> {
  const session = (await auth()) as { uid?: unknown; sv?: unknown } | null;
  if (!session) return null;
  return loadSessionUser(session.uid, session.sv);
}
