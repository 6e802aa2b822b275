import { z } from "zod";
import { withPublic } from "@/lib/api/with-public";
import { NotFound } from "@/lib/errors";
import { findAvatar } from "@/lib/catalog";
import { avatarPreviewFile } from "@/lib/render/character/avatar-preview-file";
import { otherMethods } from "@/lib/api/api-fallback";

const params = z.object({ avatar_id: z.string() });

// GET /v2/avatars/{avatar_id}/preview - the presenter's preview image (public, like HeyGen's preview URLs)
export const GET = withPublic(
  async ({ params }) => {
    if (!findAvatar(params.avatar_id)) throw new NotFound("The avatar");
    const png = await avatarPreviewFile(params.avatar_id);
    return new Response(new Uint8Array(png), { headers: { "Content-Type": "image/png", "Cache-Control": "public, max-age=86400" } });
  },
  { params, rateLimit: "read" },
);

export const { POST, PUT, PATCH, DELETE } = otherMethods("v2", ["GET"]);
