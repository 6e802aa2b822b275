import "server-only";
import { z } from "zod";
import { sha256 } from "@/lib/tokens";
import type { CatalogLookups, VoiceCapabilities } from "@/lib/contract/resolve";
import { heygenRequest, type HeygenAccess } from "@/lib/generation/heygen/client";
import type { AvatarList, VoiceList } from "@/lib/generation/provider";

// The upstream's catalog, cached per process for a few minutes per account (base URL and key): HeyGen's lists
// are large and change rarely. An id the cached list lacks refetches it once (at most every 30 s), so an avatar
// created upstream a minute ago is not refused.

const CATALOG_TTL_MS = 5 * 60_000;
const MISS_REFRESH_MS = 30_000;

// Entries are passed on as the upstream sent them; only the fields we read are checked.
const avatarList = z.object({
  avatars: z
    .array(z.looseObject({ avatar_id: z.string().min(1) }))
    .nullish()
    .transform((v) => v ?? []),
  talking_photos: z
    .array(z.looseObject({ talking_photo_id: z.string().min(1) }))
    .nullish()
    .transform((v) => v ?? []),
});
const voiceList = z.object({
  voices: z
    .array(z.looseObject({ voice_id: z.string().min(1), emotion_support: z.boolean().nullish(), support_locale: z.boolean().nullish() }))
    .nullish()
    .transform((v) => v ?? []),
});

type Entry<T> = { at: number; value: Promise<T> };
const cache = new Map<string, Entry<unknown>>();

const cacheKey = (kind: string, access: HeygenAccess) => `${kind}\u0000${access.baseUrl}\u0000${sha256(access.apiKey)}`;

function cached<T>(kind: string, access: HeygenAccess, load: () => Promise<T>, maxAgeMs = CATALOG_TTL_MS): Promise<T> {
  const key = cacheKey(kind, access);
  const hit = cache.get(key) as Entry<T> | undefined;
  if (hit && Date.now() - hit.at < maxAgeMs) return hit.value;
  const value = load();
  cache.set(key, { at: Date.now(), value });
  // A failed fetch is not remembered: the next call asks again.
  value.catch(() => cache.get(key)?.value === value && cache.delete(key));
  return value;
}

export function heygenAvatars(access: HeygenAccess, maxAgeMs?: number): Promise<AvatarList> {
  return cached("avatars", access, async () => avatarList.parse((await heygenRequest(access, "GET", "/v2/avatars")) ?? {}), maxAgeMs);
}

export function heygenVoices(access: HeygenAccess, maxAgeMs?: number): Promise<VoiceList> {
  return cached("voices", access, async () => voiceList.parse((await heygenRequest(access, "GET", "/v2/voices")) ?? {}), maxAgeMs);
}

/** Forgets an account's cached lists (its key or base URL changed). */
export function forgetHeygenCatalog(access: HeygenAccess): void {
  for (const kind of ["avatars", "voices"]) cache.delete(cacheKey(kind, access));
}

// Looks an id up in the cached list, and in a fresh one when it is missing there.
async function lookUp<T>(list: (maxAgeMs?: number) => Promise<T>, has: (value: T) => boolean): Promise<T | null> {
  const first = await list();
  if (has(first)) return first;
  const fresh = await list(MISS_REFRESH_MS);
  return has(fresh) ? fresh : null;
}

/** The upstream's catalog as resolveVideoRequest's id checks. Locales are the upstream's to judge (HeyGen lists none). */
export function heygenCatalogLookups(access: HeygenAccess): CatalogLookups {
  return {
    avatarExists: async (id) =>
      (await lookUp(
        (age) => heygenAvatars(access, age),
        (l) => l.avatars.some((a) => a.avatar_id === id),
      )) !== null,
    talkingPhotoExists: async (id) =>
      (await lookUp(
        (age) => heygenAvatars(access, age),
        (l) => l.talking_photos.some((p) => p.talking_photo_id === id),
      )) !== null,
    async voice(id): Promise<VoiceCapabilities | null> {
      const list = await lookUp(
        (age) => heygenVoices(access, age),
        (l) => l.voices.some((v) => v.voice_id === id),
      );
      const voice = list?.voices.find((v) => v.voice_id === id);
      if (!voice) return null;
      return {
        emotion_support: voice.emotion_support === true,
        support_locale: voice.support_locale === true,
        locales: null,
        elevenlabs: true,
      };
    },
  };
}
