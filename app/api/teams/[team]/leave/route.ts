import { withTeam } from "@/lib/api/with-team";
import { leaveTeam } from "@/lib/teams/members";

// POST /api/teams/[team]/leave - leave the team (not as its last owner)
export const POST = withTeam(
  async ({ team, principal }) => {
    await leaveTeam(team.id, principal.user.id);
    return { left: team.id };
  },
  { auth: "session", team: "param" },
);
