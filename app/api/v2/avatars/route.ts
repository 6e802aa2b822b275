import { withTeam } from "@/lib/api/with-team";
import { listAvatars } from "@/lib/catalog";
import { env } from "@/lib/env";

// GET /v2/avatars - the built-in presenters (talking photos arrive with their own issue)
export const GET = withTeam(
  async () => ({
    avatars: listAvatars().map((a) => ({
      avatar_id: a.avatar_id,
      avatar_name: a.avatar_name,
      gender: a.gender,
      preview_image_url: `${env().appUrl}/v2/avatars/${a.avatar_id}/preview`,
      preview_video_url: `${env().appUrl}/v2/avatars/${a.avatar_id}/preview_video`,
      default_voice_id: a.default_voice_id,
    })),
    talking_photos: [],
  }),
  { auth: "any", team: "principal" },
);
