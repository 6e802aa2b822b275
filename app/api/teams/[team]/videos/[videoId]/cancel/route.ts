import { withTeam } from "@/lib/api/with-team";
import { cancelVideo } from "@/lib/generation/cancel-video";

// POST /api/teams/[team]/videos/[videoId]/cancel - stop a pending or processing video
export const POST = withTeam<undefined, Record<string, string>, { team: string; videoId: string }>(
  async ({ team, params }) => cancelVideo(team.id, params.videoId),
  { auth: "session", team: "param", permission: "content.write" },
);
