import { withTeam } from "@/lib/api/with-team";
import { revokeInvite } from "@/lib/teams/invites";

// DELETE /api/teams/[team]/invites/[inviteId] - revoke a pending invite
export const DELETE = withTeam<undefined, Record<string, string>, { team: string; inviteId: string }>(
  async ({ team, params }) => {
    await revokeInvite(team.id, params.inviteId);
    return { id: params.inviteId };
  },
  { auth: "session", team: "param", permission: "members.manage" },
);
