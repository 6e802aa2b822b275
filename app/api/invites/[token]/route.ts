import { withTeam } from "@/lib/api/with-team";
import { acceptInvite } from "@/lib/teams/invites";
import { Unauthorized } from "@/lib/errors";

// POST /api/invites/[token] - accept an invite as the signed-in user
export const POST = withTeam<undefined, Record<string, string>, { token: string }>(
  async ({ principal, params }) => {
    if (principal.kind !== "session") throw new Unauthorized();
    const team = await acceptInvite(params.token, principal.user);
    return { team };
  },
  { auth: "session", team: "none" },
);
