import { withTeam } from "@/lib/api/with-team";
import { getSecret } from "@/lib/secrets";
import { moveVideo } from "@/lib/videos/move-video";
import { renderCallbackSchema, verifyRenderCallback, type RenderCallback } from "@/lib/videos/render-callback";

// POST /api/callbacks/render - a render worker's signed status report, handed to the one ingestion
// function (idempotent and monotonic); answers what the video's status is now.
export const POST = withTeam<RenderCallback>(
  async ({ body }) => moveVideo(body.video_id, body.report),
  {
    auth: "hmac",
    verify: async (req, raw) => verifyRenderCallback(await getSecret("RENDER_CALLBACK_SECRET"), req.headers, raw),
    body: renderCallbackSchema,
    rateLimit: false,
    envelope: "v1",
  },
);
