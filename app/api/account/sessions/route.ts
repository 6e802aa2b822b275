import { withSession } from "@/lib/api/with-session";
import { endAllSessions } from "@/lib/users/accounts";

// DELETE /api/account/sessions - sign out everywhere: every session of yours ends, this one included
export const DELETE = withSession(async ({ user }) => {
  await endAllSessions(user.id);
  return { ended: true };
});
