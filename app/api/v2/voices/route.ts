import { withTeam } from "@/lib/api/with-team";
import { listVoices } from "@/lib/catalog";
import { env } from "@/lib/env";

// GET /v2/voices - every voice a request may name, with what each supports
export const GET = withTeam(
  async () => ({
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
  }),
  { auth: "any", team: "principal" },
);
