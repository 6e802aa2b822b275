import { withTeam } from "@/lib/api/with-team";
import { describeVideo } from "@/lib/videos/describe-video";
import { videoIdQuery } from "@/lib/videos/schemas";
import { signedUrl } from "@/lib/storage/signed-url";
import { otherMethods } from "@/lib/api/api-fallback";

// GET /v1/video_status.get?video_id= - a video's status, progress and fresh signed file URLs
export const GET = withTeam(async ({ query, team }) => describeVideo(team.id, query.video_id, (key) => signedUrl(key)), {
  auth: "any",
  team: "principal",
  query: videoIdQuery,
  envelope: "v1",
});

export const { POST, PUT, PATCH, DELETE } = otherMethods("v1", ["GET"]);
