import { withTeam } from "@/lib/api/with-team";
import { teamUsage } from "@/lib/usage/team-usage";

// GET /api/teams/[team]/usage - minutes rendered per day for the last 30 days, by member and by API key
export const GET = withTeam(async ({ team }) => teamUsage(team.id), { auth: "session", team: "param", permission: "team.read" });
