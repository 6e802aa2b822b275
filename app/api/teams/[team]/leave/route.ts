import { withTeam } from "@/lib/api/with-team";
import { leaveTeam } from "@/lib/teams/members";
import { userId } from "@/lib/api/principal";

// POST /api/teams/[team]/leave - leave the team (not as its last owner)
export const POST = withTeam(
  async ({ team, principal }) => {
    await leaveTeam(team.id, userId(principal));
    return { left: team.id };
  },
  { auth: "session", team: "param" },
);
