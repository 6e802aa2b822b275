import { withTeam } from "@/lib/api/with-team";
import { listVideoRows } from "@/lib/videos/video-rows";
import { videoRowsQuery } from "@/lib/videos/schemas";

// GET /api/teams/[team]/videos?status=&folder_id=&creator= - the dashboard's list of the team's videos (live status)
export const GET = withTeam(async ({ team, query }) => listVideoRows(team.id, query), {
  auth: "session",
  team: "param",
  query: videoRowsQuery,
});
