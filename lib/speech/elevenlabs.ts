import "server-only";
import { z } from "zod";
import type { VoiceSettings } from "@/lib/contract/schema";
import type { SpeechAccess } from "./speech-access";
import { speechRequest, SpeechProviderError } from "./speech-request";

// ElevenLabs' two calls we make: GET /v1/voices and POST /v1/text-to-speech/{voice_id}/with-timestamps, with the
// key in `xi-api-key`. Their documented shapes, loosely parsed (other fields ignored).

const voicesAnswer = z.looseObject({
  voices: z.array(
    z.looseObject({
      voice_id: z.string().min(1),
      name: z.string().nullish(),
      labels: z.record(z.string(), z.unknown()).nullish(),
    }),
  ),
});

const alignment = z.looseObject({
  characters: z.array(z.string()),
  character_start_times_seconds: z.array(z.number()),
  character_end_times_seconds: z.array(z.number()),
});

const speechAnswer = z.looseObject({
  audio_base64: z.string().min(1),
  alignment: alignment.nullish(),
  normalized_alignment: alignment.nullish(),
});

export type ElevenLabsVoice = { id: string; name: string; language: string | undefined; gender: string | undefined };
export type CharacterAlignment = z.infer<typeof alignment>;

const headers = (access: SpeechAccess) => ({ "xi-api-key": access.apiKey ?? "", accept: "application/json" });

function parse<T>(access: SpeechAccess, schema: z.ZodType<T>, body: Buffer, what: string): T {
  try {
    return schema.parse(JSON.parse(body.toString("utf8")));
  } catch {
    throw new SpeechProviderError(access.provider, 200, `answered ${what} in a shape it does not document`);
  }
}

const label = (labels: Record<string, unknown> | null | undefined, name: string) =>
  typeof labels?.[name] === "string" ? (labels[name] as string) : undefined;

/** GET /v1/voices: the account's voices (premade, cloned, library). */
export async function listElevenLabsVoices(access: SpeechAccess, timeoutMs: number): Promise<ElevenLabsVoice[]> {
  const body = await speechRequest(access, { method: "GET", path: "/v1/voices", headers: headers(access), timeoutMs, retries: 0 });
  return parse(access, voicesAnswer, body, "GET /v1/voices").voices.map((v) => ({
    id: v.voice_id,
    name: v.name || v.voice_id,
    language: label(v.labels, "language"),
    gender: label(v.labels, "gender"),
  }));
}

type ElevenLabsSettings = NonNullable<Extract<VoiceSettings, { type: "text" }>["elevenlabs_settings"]>;

// ElevenLabs' own default model when a request names none.
const DEFAULT_MODEL = "eleven_multilingual_v2";

/** The request body: elevenlabs_settings' model -> model_id, the rest -> voice_settings; `speed` when asked. */
export function elevenLabsBody(text: string, settings: ElevenLabsSettings | undefined, speed: number | undefined): Record<string, unknown> {
  const voiceSettings: Record<string, number> = {};
  if (settings?.stability !== undefined) voiceSettings.stability = settings.stability;
  if (settings?.similarity_boost !== undefined) voiceSettings.similarity_boost = settings.similarity_boost;
  if (settings?.style !== undefined) voiceSettings.style = settings.style;
  if (speed !== undefined) voiceSettings.speed = speed;
  return {
    text,
    model_id: settings?.model ?? DEFAULT_MODEL,
    ...(Object.keys(voiceSettings).length ? { voice_settings: voiceSettings } : {}),
  };
}

/** POST /v1/text-to-speech/{id}/with-timestamps: the audio bytes and the character alignment (when given). */
export async function elevenLabsSpeech(
  access: SpeechAccess,
  voiceId: string,
  body: Record<string, unknown>,
  signal?: AbortSignal,
): Promise<{ audio: Buffer; alignment: CharacterAlignment | undefined }> {
  const answer = await speechRequest(access, {
    method: "POST",
    path: `/v1/text-to-speech/${encodeURIComponent(voiceId)}/with-timestamps`,
    headers: headers(access),
    json: body,
    timeoutMs: 120_000,
    retries: 3,
    signal,
  });
  const parsed = parse(access, speechAnswer, answer, "text-to-speech");
  return { audio: Buffer.from(parsed.audio_base64, "base64"), alignment: parsed.alignment ?? parsed.normalized_alignment ?? undefined };
}
