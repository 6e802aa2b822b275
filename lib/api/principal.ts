import { Unauthorized } from "@/lib/errors";
import type { Principal } from "@/lib/auth/principal";

// For session-only routes: the signed-in user's id (the wrapper already refused everyone else).
export function userId(principal: Principal): string {
  if (principal.kind !== "session") throw new Unauthorized("Log in to continue.");
  return principal.user.id;
}
