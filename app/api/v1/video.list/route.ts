import { withTeam } from "@/lib/api/with-team";
import { listVideos } from "@/lib/videos/list-videos";
import { videoPageQuery } from "@/lib/videos/schemas";
import { otherMethods } from "@/lib/api/api-fallback";

// GET /v1/video.list?limit=&token= - the team's videos, newest first, cursor paging
export const GET = withTeam(
  async ({ query, team }) => {
    const { videos, token } = await listVideos(team.id, query);
    return {
      videos: videos.map((v) => ({
        video_id: v.id,
        video_title: v.title ?? "",
        status: v.status,
        created_at: Math.floor(v.createdAt.getTime() / 1000),
        type: "GENERATED",
      })),
      token,
    };
  },
  { auth: "any", team: "principal", query: videoPageQuery, envelope: "v1" },
);

export const { POST, PUT, PATCH, DELETE } = otherMethods("v1", ["GET"]);
