import { withTeam } from "@/lib/api/with-team";
import { Invalid } from "@/lib/errors";
import { parseVideoRequest } from "@/lib/contract/parse";
import { createVideo } from "@/lib/generation/create-video";
import { idempotencyKeyHeader } from "@/lib/videos/schemas";
import { otherMethods } from "@/lib/api/api-fallback";

// POST /v2/video/generate - create a video (HeyGen v2 body; optional Idempotency-Key header)
export const POST = withTeam(
  async ({ req, body, team, principal }) => {
    const header = req.headers.get("idempotency-key");
    const key = header === null ? undefined : idempotencyKeyHeader.safeParse(header);
    if (key && !key.success) throw Invalid.field("Idempotency-Key", "must be 1 to 255 characters");
    const creator = principal.kind === "apiKey" ? { apiKeyId: principal.keyId } : { userId: principal.user.id };
    const { videoId } = await createVideo({ teamId: team.id, creator, request: body, idempotencyKey: key?.data });
    return { video_id: videoId };
  },
  { auth: "any", team: "principal", permission: "content.write", body: parseVideoRequest, rateLimit: "generate" },
);

export const { GET, PUT, PATCH, DELETE } = otherMethods("v2", ["POST"]);
