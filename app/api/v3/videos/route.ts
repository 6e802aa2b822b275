import { withTeam } from "@/lib/api/with-team";
import { otherMethods } from "@/lib/api/api-fallback";
import { parseV3Video } from "@/lib/contract/v3-video";
import { createV3Video } from "@/lib/generation/create-v3-video";
import { signedUrl } from "@/lib/storage/signed-url";
import { listV3Videos, v3VideosQuery } from "@/lib/videos/v3-videos";

// POST /v3/videos - create a video (HeyGen v3 body, type avatar or image; optional Idempotency-Key header)
export const POST = withTeam(
  async ({ body, team, principal }) => {
    const creator = principal.kind === "apiKey" ? { apiKeyId: principal.keyId } : { userId: principal.user.id };
    const { videoId } = await createV3Video({ teamId: team.id, creator, video: body });
    return { video_id: videoId, status: "waiting", output_format: body.output_format ?? "mp4" };
  },
  {
    auth: "any",
    team: "principal",
    permission: "content.write",
    body: parseV3Video,
    rateLimit: "generate",
    envelope: "v3",
    idempotent: true,
    // A base64 image rides in the body, read whole: room for a 15 MB image, encoded (larger ones go through
    // POST /v3/assets and `asset_id`, streamed).
    maxBody: 20 * 1024 * 1024,
  },
);

// GET /v3/videos?limit=&token=&folder_id=&title= - the team's videos, newest first
export const GET = withTeam(async ({ team, query }) => Response.json(await listV3Videos(team.id, query, (key) => signedUrl(key))), {
  auth: "any",
  team: "principal",
  query: v3VideosQuery,
  envelope: "v3",
});

export const { PUT, PATCH, DELETE } = otherMethods("v3", ["GET", "POST"]);
