import "server-only";
import { listAvatars, listVoices } from "@/lib/catalog";
import { builtinCatalogLookups } from "@/lib/contract/resolve";
import { env } from "@/lib/env";
import { enqueueRender } from "@/lib/videos/render-queue";
import { teamLookups } from "@/lib/videos/team-lookups";
import type { GenerationProvider } from "@/lib/generation/provider";

// The built-in engine: the catalog in lib/catalog, assets in our storage, renders on the pg-boss queues.
export function localProvider(teamId: string): GenerationProvider {
  return {
    kind: "local",
    async avatars() {
      return {
        avatars: listAvatars().map((a) => ({
          avatar_id: a.avatar_id,
          avatar_name: a.avatar_name,
          gender: a.gender,
          preview_image_url: `${env().appUrl}/v2/avatars/${a.avatar_id}/preview`,
          preview_video_url: `${env().appUrl}/v2/avatars/${a.avatar_id}/preview_video`,
          default_voice_id: a.default_voice_id,
        })),
        // Talking photos arrive with their own issue.
        talking_photos: [],
      };
    },
    async voices() {
      return {
        voices: listVoices().map((v) => ({
          voice_id: v.voice_id,
          language: v.language,
          gender: v.gender,
          name: v.name,
          // Built-in voices are previewed by GET /v2/voices/{voice_id}/preview; remote ones have none here.
          preview_audio: v.provider === "builtin" ? `${env().appUrl}/v2/voices/${encodeURIComponent(v.voice_id)}/preview` : null,
          support_pause: v.support_pause,
          emotion_support: v.emotion_support,
          support_locale: v.support_locale,
          ...(v.support_locale ? { locales: v.locales } : {}),
        })),
      };
    },
    checkIds: () => ({ ...builtinCatalogLookups, talkingPhotoExists: (id) => teamLookups(teamId).talkingPhotoExists(id) }),
    uploadAsset: async (asset) => asset,
    submit: async (tx, video) => {
      await enqueueRender(tx, { videoId: video.id, teamId: video.teamId });
    },
    // The engine reports into the Video row itself: there is nothing else to ask.
    status: async () => null,
  };
}
