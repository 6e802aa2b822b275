import { unauthorized } from "@/lib/api/errors";
import type { Principal } from "@/lib/api/with-team";

// For session-only routes: the signed-in user's id (the wrapper already refused everyone else).
export function userId(principal: Principal): string {
  if (principal.kind !== "session") throw unauthorized("Log in to continue.");
  return principal.user.id;
}
