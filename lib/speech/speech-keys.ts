import "server-only";
import { db } from "@/lib/db";
import { decryptSecret, encryptionUnavailableReason, encryptSecret } from "@/lib/encryption";
import { env } from "@/lib/env";
import { Conflict, Invalid } from "@/lib/errors";
import { listElevenLabsVoices } from "./elevenlabs";
import { forgetVoiceLists } from "./remote-voices";
import {
  DEFAULT_OPENAI_BASE_URL,
  PROVIDER_LABEL,
  SPEECH_PROVIDERS,
  speechKeyContext,
  type SpeechAccess,
  type SpeechProvider,
} from "./speech-access";
import type { SpeechKeyBody, SpeechKeysView } from "./speech-key-schemas";
import { SpeechProviderError } from "./speech-request";

// A team's own keys for remote voices (Settings, "Voices"), encrypted like the HeyGen key. An ElevenLabs key is
// checked with GET /v1/voices before it is stored; an OpenAI-compatible one is stored as entered (that contract
// has no call to check a key with). A URL the team enters is fetched through the address guard.

export async function speechKeysView(teamId: string): Promise<SpeechKeysView> {
  const rows = await db().speechKey.findMany({ where: { teamId } });
  const reason = encryptionUnavailableReason();
  const e = env();
  return {
    encryption: { available: reason === null, reason },
    providers: SPEECH_PROVIDERS.map((provider) => {
      const row = rows.find((r) => r.provider === provider);
      let problem: string | null = null;
      if (row) {
        try {
          decryptSecret(row.apiKeyCipher, speechKeyContext(teamId, provider));
        } catch (error) {
          problem = (error as Error).message;
        }
      }
      return {
        provider,
        team_key_set: !!row,
        base_url: row?.baseUrl ?? null,
        server_configured: provider === "elevenlabs" ? !!e.elevenLabsApiKey : !!e.ttsOpenAiBaseUrl,
        problem,
      };
    }),
  };
}

async function checkKey(access: SpeechAccess): Promise<void> {
  try {
    await listElevenLabsVoices(access, 10_000);
  } catch (error) {
    if (!(error instanceof SpeechProviderError)) throw error;
    if (error.status === 401 || error.status === 403)
      throw Invalid.field("api_key", `${PROVIDER_LABEL[access.provider]} refused it (${error.status}: ${error.providerMessage})`);
    throw Invalid.field(access.trusted ? "api_key" : "base_url", error.message);
  }
}

/** PUT /api/teams/[team]/speech-keys: stores (or replaces) the team's key for one provider. */
export async function saveSpeechKey(teamId: string, body: SpeechKeyBody): Promise<SpeechKeysView> {
  const unavailable = encryptionUnavailableReason();
  if (unavailable) throw new Conflict(unavailable);
  const e = env();
  const fallback = body.provider === "elevenlabs" ? e.elevenLabsBaseUrl : (e.ttsOpenAiBaseUrl ?? DEFAULT_OPENAI_BASE_URL);
  const access: SpeechAccess = {
    provider: body.provider,
    baseUrl: body.base_url ?? fallback,
    apiKey: body.api_key,
    trusted: !body.base_url,
    source: "team",
    model: e.ttsOpenAiModel,
    voices: e.ttsOpenAiVoices,
  };
  if (body.provider === "elevenlabs") await checkKey(access);
  const data = { apiKeyCipher: encryptSecret(body.api_key, speechKeyContext(teamId, body.provider)), baseUrl: body.base_url ?? null };
  await db().speechKey.upsert({
    where: { teamId_provider: { teamId, provider: body.provider } },
    create: { teamId, provider: body.provider, ...data },
    update: data,
  });
  forgetVoiceLists();
  return speechKeysView(teamId);
}

/** DELETE /api/teams/[team]/speech-keys?provider=: forgets the team's key (the operator's applies again). */
export async function removeSpeechKey(teamId: string, provider: SpeechProvider): Promise<SpeechKeysView> {
  await db().speechKey.deleteMany({ where: { teamId, provider } });
  forgetVoiceLists();
  return speechKeysView(teamId);
}
