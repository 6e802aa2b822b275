import { withTeam } from "@/lib/api/with-team";
import { deleteVideo } from "@/lib/generation/delete-video";

// DELETE /api/teams/[team]/videos/[videoId] - delete a video from the dashboard
export const DELETE = withTeam<undefined, Record<string, string>, { team: string; videoId: string }>(
  async ({ team, params }) => deleteVideo(team.id, params.videoId),
  { auth: "session", team: "param", permission: "content.write" },
);
