import { withTeam } from "@/lib/api/with-team";
import { NotFound } from "@/lib/errors";
import { findAvatar } from "@/lib/catalog";
import { avatarPreviewFile } from "@/lib/render/character/avatar-preview-file";

// GET /v2/avatars/{avatar_id}/preview - the presenter's preview image (public, like HeyGen's preview URLs)
export const GET = withTeam<undefined, Record<string, string>, { avatar_id: string }>(
  async ({ params }) => {
    if (!findAvatar(params.avatar_id)) throw new NotFound("The avatar");
    const png = await avatarPreviewFile(params.avatar_id);
    return new Response(new Uint8Array(png), { headers: { "Content-Type": "image/png", "Cache-Control": "public, max-age=86400" } });
  },
  { auth: "none", rateLimit: "read" },
);
