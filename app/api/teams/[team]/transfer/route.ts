import { withTeam } from "@/lib/api/with-team";
import { transferOwnership } from "@/lib/teams/members";
import { transferSchema } from "@/lib/teams/schemas";

// POST /api/teams/[team]/transfer - make another member owner; the caller stays on as admin
export const POST = withTeam(
  async ({ team, role, principal, body }) => {
    await transferOwnership(team.id, { userId: principal.user.id, role }, body.member_id);
    return { owner: body.member_id };
  },
  { auth: "session", team: "param", permission: "owners.grant", body: transferSchema },
);
