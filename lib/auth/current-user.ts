import "server-only";
import { auth } from "@/lib/auth/auth";
import { isSessionRevoked } from "@/lib/auth/revoked-sessions";
import { loadSessionUser, type SessionUser } from "@/lib/auth/session-user";

// The signed-in user, unless the session was logged out (its sid revoked) or ended everywhere (sessionVersion).
// A token from before session ids existed has none: it still ends at its sessionVersion or expiry.
export async function currentUser(): Promise<SessionUser | null> {
  const session = (await auth()) as { uid?: unknown; sv?: unknown; sid?: unknown } | null;
  if (!session) return null;
  if (typeof session.sid === "string" && (await isSessionRevoked(session.sid))) return null;
  return loadSessionUser(session.uid, session.sv);
}
