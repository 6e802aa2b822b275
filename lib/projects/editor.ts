import "server-only";
import { unauthorized } from "@/lib/api/errors";
import type { Principal } from "@/lib/api/with-team";

/** The signed-in user behind a dashboard (session-only) project route. */
export function editorId(principal: Principal): string {
  if (principal.kind !== "session") throw unauthorized("Log in to continue.");
  return principal.user.id;
}
