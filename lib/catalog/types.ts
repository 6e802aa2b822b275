// The shapes of the built-in catalog and of voices registered later. Ids are public (clients store
// them in their requests), so an id once shipped never changes meaning and is never reused.

export type Gender = "female" | "male";

export interface Avatar {
  avatar_id: string;
  avatar_name: string;
  gender: Gender;
  default_voice_id: string;
  // Key of the presenter's SVG art in lib/render/character; the renderer rasterises sprites from it.
  art: string;
  // App-relative paths; the route makes absolute URLs of them with APP_URL.
  preview_image_path: string;
  preview_video_path: string;
}

interface VoiceBase {
  voice_id: string;
  name: string;
  // Human language name as /v2/voices lists it ("English", "Portuguese").
  language: string;
  gender: Gender;
  support_pause: boolean;
  emotion_support: boolean;
  // True when the voice speaks several accents and honours `locale`; `locales` then lists them.
  support_locale: boolean;
  locales: readonly string[];
  default_locale: string;
}

export const FLITE_VOICES = ["kal", "kal16", "slt", "rms", "awb"] as const;
export type FliteVoiceName = (typeof FLITE_VOICES)[number];

export interface EspeakVoice extends VoiceBase {
  provider: "builtin";
  engine: "espeak-ng";
  // espeak-ng language id for the default locale, and the voice variant (`+f3`) layered on it.
  engine_voice: string;
  engine_variant: string;
  // Which espeak-ng language id speaks each locale; accents espeak lacks use the closest it ships.
  locale_voices: Readonly<Record<string, string>>;
}

export interface FliteVoice extends VoiceBase {
  provider: "builtin";
  engine: "flite";
  engine_voice: FliteVoiceName;
}

export type BuiltinVoice = EspeakVoice | FliteVoice;

// Voices of a team's speech providers (ElevenLabs, OpenAI-compatible), listed per team by lib/speech. Their ids
// carry the provider as prefix (`elevenlabs_…`, `openai_…`), so they never take a built-in id (`avs_…`).
export interface RemoteVoice extends Omit<VoiceBase, "gender"> {
  provider: "elevenlabs" | "openai";
  // From the provider's labels when it has them.
  gender: Gender | "unknown";
  // The provider's own id for the voice (ElevenLabs voice id, OpenAI voice name).
  remote_voice_id: string;
}

export type Voice = BuiltinVoice | RemoteVoice;
