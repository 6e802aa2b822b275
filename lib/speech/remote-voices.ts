import "server-only";
import type { RemoteVoice } from "@/lib/catalog";
import { DomainError, Unavailable } from "@/lib/errors";
import { listElevenLabsVoices } from "./elevenlabs";
import { accessFingerprint, PROVIDER_LABEL, SPEECH_PROVIDERS, speechAccess, type SpeechAccess, type SpeechProvider } from "./speech-access";
import { SpeechProviderError } from "./speech-request";

// A team's remote voices. Lists are fetched lazily (never at start, never by /api/health) with a 5 s timeout
// and kept 10 minutes per (provider, URL, key), in every process that asks: the web and each worker resolve
// a team's voices the same way. When a list cannot be fetched, the last good one is used.

const LIST_TIMEOUT_MS = 5_000;
const LIST_TTL_MS = 10 * 60_000;

type Cached = { voices: RemoteVoice[] | null; fetchedAt: number; failure: SpeechProviderError | null; pending?: Promise<void> };
const lists = new Map<string, Cached>();

const languageNames = new Intl.DisplayNames(["en"], { type: "language" });

// "en" -> "English", "pt-BR" -> "Portuguese"; a label that is already a name ("english") is capitalised.
export function languageName(label: string | undefined): string {
  const value = label?.trim();
  if (!value) return "English";
  if (/^[a-z]{2,3}([-_][a-z0-9]{2,8})*$/i.test(value) && value.length <= 3 + 9) {
    try {
      const name = languageNames.of(value.split(/[-_]/)[0]!.toLowerCase());
      if (name && name.toLowerCase() !== value.toLowerCase()) return name;
    } catch {
      // not a language code
    }
  }
  return value.charAt(0).toUpperCase() + value.slice(1);
}

const genderOf = (label: string | undefined): RemoteVoice["gender"] =>
  label?.toLowerCase() === "female" ? "female" : label?.toLowerCase() === "male" ? "male" : "unknown";

function remote(provider: SpeechProvider, remoteId: string, name: string, language: string, gender: RemoteVoice["gender"]): RemoteVoice {
  return {
    voice_id: `${provider}_${remoteId}`,
    remote_voice_id: remoteId,
    provider,
    name,
    language,
    gender,
    support_pause: true,
    emotion_support: false,
    support_locale: false,
    locales: [],
    default_locale: "",
  };
}

async function fetchList(access: SpeechAccess): Promise<RemoteVoice[]> {
  // OpenAI-compatible servers have no voice list in their contract: the operator names the voices.
  if (access.provider === "openai") return access.voices.map((v) => remote("openai", v.name, v.name, v.language, v.gender));
  const voices = await listElevenLabsVoices(access, LIST_TIMEOUT_MS);
  return voices.map((v) => remote("elevenlabs", v.id, v.name, languageName(v.language), genderOf(v.gender)));
}

/** The provider's voices for this access: fresh, cached, or the last good list; `failure` when the fetch failed. */
async function voiceList(access: SpeechAccess): Promise<{ voices: RemoteVoice[] | null; failure: SpeechProviderError | null }> {
  const key = accessFingerprint(access);
  let entry = lists.get(key);
  if (!entry) lists.set(key, (entry = { voices: null, fetchedAt: 0, failure: null }));
  const current = entry;
  if (Date.now() - current.fetchedAt >= LIST_TTL_MS) {
    current.pending ??= fetchList(access)
      .then((voices) => void Object.assign(current, { voices, failure: null, fetchedAt: Date.now() }))
      .catch((error: unknown) => {
        if (!(error instanceof SpeechProviderError)) throw error;
        // A failure is remembered briefly so a burst of requests does not hammer a provider that is down.
        void Object.assign(current, { failure: error, fetchedAt: Date.now() - LIST_TTL_MS + 15_000 });
      })
      .finally(() => (current.pending = undefined));
    await current.pending;
  }
  return { voices: current.voices, failure: current.failure };
}

/** Forgets the cached lists (a team's key changed). */
export function forgetVoiceLists(): void {
  lists.clear();
}

async function accesses(teamId: string): Promise<SpeechAccess[]> {
  const all = await Promise.all(
    SPEECH_PROVIDERS.map((p) =>
      speechAccess(teamId, p).catch((error: unknown) => {
        if (error instanceof DomainError) return null; // a team key that no longer decrypts lists nothing
        throw error;
      }),
    ),
  );
  return all.filter((a): a is SpeechAccess => a !== null);
}

/** Every remote voice the team may use now (GET /v2/voices, the studio's picker); never fails for a provider. */
export async function remoteVoicesFor(teamId: string): Promise<RemoteVoice[]> {
  const lists = await Promise.all((await accesses(teamId)).map((a) => voiceList(a)));
  return lists.flatMap((l) => l.voices ?? []);
}

/** The provider a remote voice id names, or null for any other id. */
export function remoteProviderOf(voiceId: string): SpeechProvider | null {
  return SPEECH_PROVIDERS.find((p) => voiceId.startsWith(`${p}_`) && voiceId.length > p.length + 1) ?? null;
}

/**
 * A remote voice by id for the team, checked against the provider's list: null when the team has no such voice
 * (or the provider is not configured); Unavailable (503) when the provider cannot be reached and no list is known.
 */
export async function findRemoteVoice(teamId: string, voiceId: string): Promise<RemoteVoice | null> {
  const provider = remoteProviderOf(voiceId);
  if (!provider) return null;
  const access = await speechAccess(teamId, provider);
  if (!access) return null;
  const { voices, failure } = await voiceList(access);
  if (!voices) {
    const why = failure ? failure.describe() : "its voice list could not be fetched";
    throw new Unavailable(
      `${PROVIDER_LABEL[provider]} is unavailable, so voice ${voiceId} cannot be checked now (${why}); try again shortly.`,
    );
  }
  return voices.find((v) => v.voice_id === voiceId) ?? null;
}
