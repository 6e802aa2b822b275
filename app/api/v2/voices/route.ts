import { withTeam } from "@/lib/api/with-team";
import { listVoices } from "@/lib/catalog";

// GET /v2/voices - every voice a request may name, with what each supports
export const GET = withTeam(
  async () => ({
    voices: listVoices().map((v) => ({
      voice_id: v.voice_id,
      language: v.language,
      gender: v.gender,
      name: v.name,
      preview_audio: null,
      support_pause: v.support_pause,
      emotion_support: v.emotion_support,
      support_locale: v.support_locale,
      ...(v.support_locale ? { locales: v.locales } : {}),
    })),
  }),
  { auth: "any", team: "principal" },
);
