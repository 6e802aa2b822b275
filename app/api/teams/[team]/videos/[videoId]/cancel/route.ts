import { z } from "zod";
import { withTeam } from "@/lib/api/with-team";
import { cancelVideo } from "@/lib/generation/cancel-video";

const params = z.object({ videoId: z.string() });

// POST /api/teams/[team]/videos/[videoId]/cancel - stop a pending or processing video
export const POST = withTeam(async ({ team, params }) => cancelVideo(team.id, params.videoId), {
  auth: "session",
  team: "param",
  permission: "content.write",
  params,
});
