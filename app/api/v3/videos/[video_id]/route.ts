import { z } from "zod";
import { withTeam } from "@/lib/api/with-team";
import { otherMethods } from "@/lib/api/api-fallback";
import { deleteVideo } from "@/lib/generation/delete-video";
import { signedUrl } from "@/lib/storage/signed-url";
import { getV3Video } from "@/lib/videos/v3-videos";

const params = z.object({ video_id: z.string().min(1).max(100) });

// GET /v3/videos/{video_id} - a video's status and fresh signed file URLs
export const GET = withTeam(async ({ team, params }) => getV3Video(team.id, params.video_id, (key) => signedUrl(key)), {
  auth: "any",
  team: "principal",
  params,
  envelope: "v3",
});

// DELETE /v3/videos/{video_id} - cancel a running render, remove the files and the video
export const DELETE = withTeam(
  async ({ team, params }) => {
    await deleteVideo(team.id, params.video_id);
    return { id: params.video_id, deleted: true };
  },
  { auth: "any", team: "principal", permission: "content.write", params, envelope: "v3" },
);

export const { POST, PUT, PATCH } = otherMethods("v3", ["GET", "DELETE"]);
