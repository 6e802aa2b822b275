import { z } from "zod";
import { withTeam } from "@/lib/api/with-team";
import { revokeInvite } from "@/lib/teams/invites";

const params = z.object({ inviteId: z.string() });

// DELETE /api/teams/[team]/invites/[inviteId] - revoke a pending invite
export const DELETE = withTeam(
  async ({ team, params }) => {
    await revokeInvite(team.id, params.inviteId);
    return { id: params.inviteId };
  },
  { auth: "session", team: "param", permission: "members.manage", params },
);
