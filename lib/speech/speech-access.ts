import "server-only";
import { createHash } from "node:crypto";
import { db } from "@/lib/db";
import { decryptSecret } from "@/lib/encryption";
import { env, type OpenAiVoiceEntry } from "@/lib/env";
import { Unavailable } from "@/lib/errors";

// Who speaks a team's remote voices, resolved per team on every use (web and workers alike): the team's own key
// from Settings wins over the operator's from the environment. Nothing is registered process-wide.

export const SPEECH_PROVIDERS = ["elevenlabs", "openai"] as const;
export type SpeechProvider = (typeof SPEECH_PROVIDERS)[number];

export const PROVIDER_LABEL: Record<SpeechProvider, string> = { elevenlabs: "ElevenLabs", openai: "The OpenAI-compatible speech server" };
export const DEFAULT_OPENAI_BASE_URL = "https://api.openai.com/v1";

export type SpeechAccess = {
  provider: SpeechProvider;
  baseUrl: string;
  apiKey: string | undefined;
  // Set by the operator (a self-hosted server on a private address is normal); a team's URL goes through the guard.
  trusted: boolean;
  // Whose key: a team's keys never share a cache entry or a voice list with the operator's.
  source: "team" | "server";
  // OpenAI-compatible only: the model and the voices offered.
  model: string;
  voices: OpenAiVoiceEntry[];
};

/** A short, one-way fingerprint of where and with which key a provider is called (cache keys, list keys). */
export function accessFingerprint(access: SpeechAccess): string {
  return createHash("sha256")
    .update(`${access.provider}\0${access.baseUrl}\0${access.apiKey ?? ""}\0${access.model}`)
    .digest("hex")
    .slice(0, 24);
}

export const speechKeyContext = (teamId: string, provider: SpeechProvider) => `SpeechKey.apiKey:${teamId}:${provider}`;

function serverAccess(provider: SpeechProvider): SpeechAccess | null {
  const e = env();
  const common = { provider, trusted: true, source: "server" as const, model: e.ttsOpenAiModel, voices: e.ttsOpenAiVoices };
  if (provider === "elevenlabs") return e.elevenLabsApiKey ? { ...common, baseUrl: e.elevenLabsBaseUrl, apiKey: e.elevenLabsApiKey } : null;
  return e.ttsOpenAiBaseUrl ? { ...common, baseUrl: e.ttsOpenAiBaseUrl, apiKey: e.ttsOpenAiApiKey } : null;
}

/** How the team reaches `provider` now; null when neither the team nor the operator configured it. */
export async function speechAccess(teamId: string, provider: SpeechProvider): Promise<SpeechAccess | null> {
  const row = await db().speechKey.findUnique({ where: { teamId_provider: { teamId, provider } } });
  if (!row) return serverAccess(provider);
  let apiKey: string;
  try {
    apiKey = decryptSecret(row.apiKeyCipher, speechKeyContext(teamId, provider));
  } catch (error) {
    throw new Unavailable(
      `The team's ${provider === "elevenlabs" ? "ElevenLabs" : "OpenAI"} key cannot be used: ${(error as Error).message}`,
    );
  }
  const e = env();
  // Without a URL of its own, the team's key goes where the operator's goes (or to the provider itself).
  const fallback = provider === "elevenlabs" ? e.elevenLabsBaseUrl : (e.ttsOpenAiBaseUrl ?? DEFAULT_OPENAI_BASE_URL);
  return {
    provider,
    baseUrl: row.baseUrl ?? fallback,
    apiKey,
    // The fallback is the operator's setting or the provider's own address; a URL the team typed is not trusted.
    trusted: !row.baseUrl,
    source: "team",
    model: e.ttsOpenAiModel,
    voices: e.ttsOpenAiVoices,
  };
}
