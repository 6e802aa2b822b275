import { withSignedCallback } from "@/lib/api/with-signed-callback";
import { getSecret } from "@/lib/secrets";
import { moveVideo } from "@/lib/videos/move-video";
import { renderCallbackSchema, verifyRenderCallback } from "@/lib/videos/render-callback";

// POST /api/callbacks/render - a render worker's signed status report, handed to the one ingestion
// function (idempotent and monotonic); answers what the video's status is now.
export const POST = withSignedCallback(async ({ body }) => moveVideo(body.video_id, body.report), {
  verify: async (req, raw) => verifyRenderCallback(await getSecret("RENDER_CALLBACK_SECRET"), req.headers, raw),
  body: renderCallbackSchema,
  envelope: "v1",
});
