import { withTeam } from "@/lib/api/with-team";
import { listMembers } from "@/lib/teams/members";

// GET /api/teams/[team]/members - members and their roles
export const GET = withTeam(async ({ team }) => ({ members: await listMembers(team.id) }), { auth: "session", team: "param" });
