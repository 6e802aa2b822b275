import "server-only";
import path from "node:path";
import { listVoices } from "@/lib/catalog";
import { parseBreaks } from "@/lib/contract/breaks";
import type { VoiceSettings } from "@/lib/contract/schema";
import { DomainError } from "@/lib/errors";
import { RenderFailure } from "@/lib/render/failure";
import { alignmentWords } from "@/lib/render/voice/alignment-words";
import type { RemoteSpeech, RemoteSpeechPart } from "@/lib/render/voice/types";
import { elevenLabsBody, elevenLabsSpeech } from "./elevenlabs";
import { openAiBody, openAiSpeech } from "./openai-speech";
import { remoteProviderOf, findRemoteVoice } from "./remote-voices";
import { cachedSpeech, speechCacheKey, type SpokenPart } from "./speech-cache";
import { PROVIDER_LABEL, speechAccess, type SpeechAccess } from "./speech-access";
import { SpeechProviderError } from "./speech-request";

type TextVoice = Extract<VoiceSettings, { type: "text" }>;

// ElevenLabs takes voice_settings.speed within 0.7..1.2; outside it ffmpeg's atempo does the rest.
const ELEVENLABS_SPEED = [0.7, 1.2] as const;

// The espeak-ng voice that renders the same text for timing: a built-in voice's of the same language.
function referenceVoice(language: string): string {
  const voice = listVoices().find((v) => v.provider === "builtin" && v.engine === "espeak-ng" && v.language === language);
  return voice && voice.provider === "builtin" && voice.engine === "espeak-ng" ? voice.engine_voice : "en-us";
}

function failure(error: unknown): unknown {
  if (error instanceof SpeechProviderError) return new RenderFailure("voice_unavailable", error.describe(), !error.transient);
  if (error instanceof DomainError) return new RenderFailure("voice_unavailable", error.message, true);
  return error;
}

// One stretch of text as the provider speaks it (through the cache).
function speakPart(
  access: SpeechAccess,
  remoteId: string,
  voice: TextVoice,
  text: string,
  providerSpeed: number | undefined,
  file: string,
) {
  if (access.provider === "elevenlabs") {
    const body = elevenLabsBody(text, voice.elevenlabs_settings, providerSpeed);
    return cachedSpeech(access, speechCacheKey(access, remoteId, body), file, async (): Promise<SpokenPart> => {
      const { audio, alignment } = await elevenLabsSpeech(access, remoteId, body);
      const words = alignment
        ? alignmentWords({
            characters: alignment.characters,
            starts: alignment.character_start_times_seconds,
            ends: alignment.character_end_times_seconds,
          })
        : undefined;
      return { audio, words };
    });
  }
  const body = openAiBody(access, remoteId, text, providerSpeed);
  return cachedSpeech(access, speechCacheKey(access, remoteId, body), file, async () => ({ audio: await openAiSpeech(access, body) }));
}

/**
 * A remote voice's speech for one scene, fetched into `workDir`: each stretch between `<break>` tags synthesised
 * on its own (the tags are never sent), the pauses kept for the engine to insert. Undefined for other voices.
 * Failures are RenderFailure `voice_unavailable` with the provider's message.
 */
export async function remoteSpeech(teamId: string, voice: VoiceSettings, workDir: string): Promise<RemoteSpeech | undefined> {
  if (voice.type !== "text") return undefined;
  const provider = remoteProviderOf(voice.voice_id);
  if (!provider) return undefined;
  try {
    const access = await speechAccess(teamId, provider);
    if (!access)
      throw new RenderFailure(
        "voice_unavailable",
        `${PROVIDER_LABEL[provider]} is no longer set up for this team or server, so voice ${voice.voice_id} cannot speak.`,
        true,
      );
    const remoteId = voice.voice_id.slice(provider.length + 1);
    // The language only picks the timing reference; a provider that cannot list its voices now still speaks.
    const listed = await findRemoteVoice(teamId, voice.voice_id).catch(() => null);
    const speed = voice.speed;
    const providerTakes = speed !== 1 && (provider === "openai" || (speed >= ELEVENLABS_SPEED[0] && speed <= ELEVENLABS_SPEED[1]));
    const parts: RemoteSpeechPart[] = [];
    for (const [i, segment] of parseBreaks(voice.input_text).entries()) {
      if (segment.type === "pause") {
        parts.push(segment);
        continue;
      }
      // Other markup is neither spoken nor sent: its text is spoken plainly, as by the built-in voices.
      const text = segment.text
        .replace(/<\/?[A-Za-z][^<>]*>/g, " ")
        .replace(/\s+/g, " ")
        .trim();
      if (!text) continue;
      const file = path.join(workDir, `speech-${i}`);
      const spoken = await speakPart(access, remoteId, voice, text, providerTakes ? speed : undefined, file);
      parts.push({ type: "speech", text, ...spoken });
    }
    return { parts, referenceVoice: referenceVoice(listed?.language ?? "English"), tempo: providerTakes ? 1 : speed, pitch: voice.pitch };
  } catch (error) {
    throw failure(error);
  }
}
