import { z } from "zod";
import { withTeam } from "@/lib/api/with-team";
import { deleteVideo } from "@/lib/generation/delete-video";

const params = z.object({ videoId: z.string() });

// DELETE /api/teams/[team]/videos/[videoId] - delete a video from the dashboard
export const DELETE = withTeam(async ({ team, params }) => deleteVideo(team.id, params.videoId), {
  auth: "session",
  team: "param",
  permission: "content.write",
  params,
});
