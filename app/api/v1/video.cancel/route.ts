import { withTeam } from "@/lib/api/with-team";
import { cancelVideo } from "@/lib/generation/cancel-video";
import { videoIdQuery } from "@/lib/videos/schemas";
import { otherMethods } from "@/lib/api/api-fallback";

// POST /v1/video.cancel?video_id= - end a pending or processing video as failed (code cancelled)
export const POST = withTeam(async ({ query, team }) => cancelVideo(team.id, query.video_id), {
  auth: "any",
  team: "principal",
  permission: "content.write",
  query: videoIdQuery,
  envelope: "v1",
});

export const { GET, PUT, PATCH, DELETE } = otherMethods("v1", ["POST"]);
