import { z } from "zod";

// GET /v2/voices/{voice_id}/preview?text=: what the voice says (default: it introduces itself).
export const voicePreviewQuery = z.object({
  text: z.string().max(200, "must be at most 200 characters").optional(),
});
