import "server-only";
import { listAvatars, listVoices } from "@/lib/catalog";
import { builtinCatalogLookups } from "@/lib/contract/resolve";
import { env } from "@/lib/env";
import { listTalkingPhotos, presentTalkingPhoto } from "@/lib/talking-photos/talking-photos";
import { findRemoteVoice, remoteProviderOf, remoteVoicesFor } from "@/lib/speech/remote-voices";
import { teamLookups } from "@/lib/videos/team-lookups";
import type { GenerationProvider } from "../provider";
import { reconcileLocal } from "./reconcile-local";
import { renderJobState } from "./render-job-state";
import { enqueueRender } from "./render-queue";

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
        talking_photos: await Promise.all(
          (await listTalkingPhotos(teamId)).map(async (p) => {
            const view = await presentTalkingPhoto(p);
            return {
              talking_photo_id: view.talking_photo_id,
              talking_photo_name: view.talking_photo_name,
              preview_image_url: view.preview_image_url,
              created_at: view.created_ts,
            };
          }),
        ),
      };
    },
    // Built-in voices, then the team's remote ones (a provider that cannot be reached lists its last good list).
    async voices() {
      return {
        voices: [...listVoices(), ...(await remoteVoicesFor(teamId))].map((v) => ({
          voice_id: v.voice_id,
          language: v.language,
          gender: v.gender,
          name: v.name,
          // Every voice, remote ones included, is previewed by GET /v2/voices/{voice_id}/preview.
          preview_audio: `${env().appUrl}/v2/voices/${encodeURIComponent(v.voice_id)}/preview`,
          support_pause: v.support_pause,
          emotion_support: v.emotion_support,
          support_locale: v.support_locale,
          support_interactive_avatar: false,
          ...(v.support_locale ? { locales: v.locales } : {}),
        })),
      };
    },
    checkIds: () => ({
      ...builtinCatalogLookups,
      // A remote id is checked against the team's cached list (503 when its provider cannot be reached).
      async voice(id) {
        if (!remoteProviderOf(id)) return builtinCatalogLookups.voice(id);
        const voice = await findRemoteVoice(teamId, id);
        return voice && { emotion_support: false, support_locale: false, locales: [], elevenlabs: voice.provider === "elevenlabs" };
      },
      talkingPhotoExists: (id) => teamLookups(teamId).talkingPhotoExists(id),
    }),
    uploadAsset: async (asset) => asset,
    submit: async (tx, video) => {
      await enqueueRender(tx, { videoId: video.id, teamId: video.teamId });
    },
    // What the render queue knows: a finished assembly's report, or a job still at work.
    status: async (video) => {
      const jobs = await renderJobState(video.id);
      if (jobs.finished) return { status: "completed", progress: 100, error: null, files: {}, duration: jobs.finished.duration ?? null };
      if (jobs.live)
        return { status: video.status === "pending" ? "pending" : "processing", progress: null, error: null, files: {}, duration: null };
      return null;
    },
    reconcile: reconcileLocal,
  };
}
