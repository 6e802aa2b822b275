import "server-only";
import { Unauthorized } from "@/lib/errors";
import type { Principal } from "@/lib/auth/principal";

/** The signed-in user behind a dashboard (session-only) project route. */
export function editorId(principal: Principal): string {
  if (principal.kind !== "session") throw new Unauthorized("Log in to continue.");
  return principal.user.id;
}
