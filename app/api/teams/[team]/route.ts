import { withTeam } from "@/lib/api/with-team";
import { deleteTeam, renameTeam } from "@/lib/teams/teams";
import { teamNameSchema } from "@/lib/teams/schemas";

// GET /api/teams/[team] - the team and the caller's role
export const GET = withTeam(async ({ team, role }) => ({ team, role }), { auth: "session", team: "param" });

// PATCH /api/teams/[team] - rename
export const PATCH = withTeam(
  async ({ team, body }) => {
    await renameTeam(team.id, body.name);
    return { team: { ...team, name: body.name } };
  },
  { auth: "session", team: "param", permission: "team.manage", body: teamNameSchema },
);

// DELETE /api/teams/[team] - delete the team and everything in it (owners only)
export const DELETE = withTeam(
  async ({ team, principal }) => {
    await deleteTeam(team.id, principal.user.id);
    return { deleted: team.id };
  },
  { auth: "session", team: "param", permission: "team.delete" },
);
