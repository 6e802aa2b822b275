import { withTeam } from "@/lib/api/with-team";
import { parseVideoRequest } from "@/lib/contract/parse";
import { createVideo } from "@/lib/generation/create-video";
import { idempotencyKeyOf } from "@/lib/videos/schemas";
import { otherMethods } from "@/lib/api/api-fallback";

// POST /v2/video/generate - create a video (HeyGen v2 body; optional Idempotency-Key header)
export const POST = withTeam(
  async ({ req, body, team, principal }) => {
    const key = idempotencyKeyOf(req.headers);
    const creator = principal.kind === "apiKey" ? { apiKeyId: principal.keyId } : { userId: principal.user.id };
    const { videoId } = await createVideo({ teamId: team.id, creator, request: body, idempotencyKey: key });
    return { video_id: videoId };
  },
  { auth: "any", team: "principal", permission: "content.write", body: parseVideoRequest, rateLimit: "generate" },
);

export const { GET, PUT, PATCH, DELETE } = otherMethods("v2", ["POST"]);
