import { withTeam } from "@/lib/api/with-team";
import { deleteVideo } from "@/lib/generation/delete-video";
import { videoIdQuery } from "@/lib/videos/schemas";
import { otherMethods } from "@/lib/api/api-fallback";

// DELETE /v1/video.delete?video_id= - cancel a running render, remove the files and the video
export const DELETE = withTeam(async ({ query, team }) => deleteVideo(team.id, query.video_id), {
  auth: "any",
  team: "principal",
  permission: "content.write",
  query: videoIdQuery,
  envelope: "v1",
});

export const { GET, POST, PUT, PATCH } = otherMethods("v1", ["DELETE"]);
