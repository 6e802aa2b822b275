import { NotFound } from "@/lib/errors";
import { AVATAR_STYLES, lookId, type AvatarStyle } from "@/lib/catalog/looks";
import type { AvatarList, VoiceList } from "./provider";

// HeyGen v3's avatars (groups and looks) and voices (HEYGEN-V3.md 4, 5) from the provider's v2 lists: a
// presenter is a public group whose looks are its styles; a talking photo a private group with one look.

// When the built-in presenters were published: `created_at` where the provider gives none.
const CATALOG_CREATED_AT = 1764547200;
// Every look renders with whichever engine a request names: our engine is the same for all.
const ENGINES = ["avatar_v", "avatar_iv", "avatar_iii"];
const STYLE_NAMES: Record<AvatarStyle, string> = { normal: "", circle: " (circle)", closeUp: " (close-up)" };

type Entry = Record<string, unknown>;
const str = (v: unknown): string | null => (typeof v === "string" && v ? v : null);
/** An entry's `created_at` in whole seconds (HeyGen clients need an integer), the catalog's date when it has none. */
const created = (e: Entry) => (typeof e.created_at === "number" ? Math.floor(e.created_at) : CATALOG_CREATED_AT);
/** A look's name: the presenter's, with the style after it. */
const lookName = (name: string, style: AvatarStyle) => `${name}${STYLE_NAMES[style]}`;
const gender = (v: unknown) => (v === "male" || v === "female" ? v : null);

export type Ownership = "public" | "private";

export function v3Groups(list: AvatarList, ownership?: Ownership) {
  const presenters = list.avatars.map((a) => ({
    id: a.avatar_id,
    name: str(a.avatar_name) ?? a.avatar_id,
    created_at: created(a),
    looks_count: AVATAR_STYLES.length,
    gender: gender(a.gender),
    preview_image_url: str(a.preview_image_url),
    preview_video_url: str(a.preview_video_url),
    default_voice_id: str(a.default_voice_id),
    consent_status: null,
    status: null,
    error: null,
  }));
  const photos = list.talking_photos.map((p) => ({
    id: p.talking_photo_id,
    name: str(p.talking_photo_name) ?? p.talking_photo_id,
    created_at: created(p),
    looks_count: 1,
    gender: null,
    preview_image_url: str(p.preview_image_url),
    preview_video_url: null,
    default_voice_id: null,
    consent_status: null,
    status: "completed",
    error: null,
  }));
  return ownership === "public" ? presenters : ownership === "private" ? photos : [...presenters, ...photos];
}

export function v3Group(list: AvatarList, id: string) {
  const group = v3Groups(list).find((g) => g.id === id);
  if (!group) throw new NotFound(`The avatar group "${id}"`);
  return group;
}

export type LookFilter = { group_id?: string; avatar_type?: string; ownership?: Ownership };

export function v3Looks(list: AvatarList, filter: LookFilter = {}) {
  const presenterLooks = list.avatars.flatMap((a) =>
    AVATAR_STYLES.map((style) => ({
      id: lookId(a.avatar_id, style),
      name: lookName(str(a.avatar_name) ?? a.avatar_id, style),
      avatar_type: "studio_avatar",
      group_id: a.avatar_id,
      gender: gender(a.gender),
      preview_image_url: str(a.preview_image_url),
      preview_video_url: str(a.preview_video_url),
      default_voice_id: str(a.default_voice_id),
      image_width: null,
      image_height: null,
      // Drawn to any frame: the presenter fits landscape, portrait and square alike.
      preferred_orientation: style === "circle" ? "square" : "landscape",
      supported_api_engines: ENGINES,
      tags: [],
      status: null,
      error: null,
      ownership: "public" as Ownership,
    })),
  );
  const photoLooks = list.talking_photos.map((p) => {
    const width = typeof p.width === "number" ? p.width : null;
    const height = typeof p.height === "number" ? p.height : null;
    return {
      id: p.talking_photo_id,
      name: str(p.talking_photo_name) ?? p.talking_photo_id,
      avatar_type: "photo_avatar",
      group_id: p.talking_photo_id,
      gender: null,
      preview_image_url: str(p.preview_image_url),
      preview_video_url: null,
      default_voice_id: null,
      image_width: width,
      image_height: height,
      preferred_orientation: width && height ? (width > height ? "landscape" : width < height ? "portrait" : "square") : null,
      supported_api_engines: ENGINES,
      tags: [],
      status: "completed",
      error: null,
      ownership: "private" as Ownership,
    };
  });
  return [...presenterLooks, ...photoLooks]
    .filter(
      (l) =>
        (!filter.group_id || l.group_id === filter.group_id) &&
        (!filter.avatar_type || l.avatar_type === filter.avatar_type) &&
        (!filter.ownership || l.ownership === filter.ownership),
    )
    .map(({ ownership: _ownership, ...look }) => look);
}

export function v3Look(list: AvatarList, id: string) {
  const look = v3Looks(list).find((l) => l.id === id);
  if (!look) throw new NotFound(`The look "${id}"`);
  return look;
}

// A remote voice (ElevenLabs, OpenAI-compatible: the team's own providers) is private; built-in ones public.
const isPrivate = (v: Entry) => /^(elevenlabs|openai)_/.test(String(v.voice_id));

export type VoiceFilter = { type?: Ownership; language?: string; gender?: string };

/** GET /v3/voices: `engine` filters nothing (every voice speaks with every engine). */
export function v3Voices(list: VoiceList, filter: VoiceFilter = {}) {
  const type = filter.type ?? "public";
  return list.voices
    .filter((v) => (type === "private") === isPrivate(v))
    .filter((v) => !filter.language || String(v.language).toLowerCase() === filter.language.toLowerCase())
    .filter((v) => !filter.gender || String(v.gender).toLowerCase() === filter.gender.toLowerCase())
    .map((v) => ({
      voice_id: v.voice_id,
      name: str(v.name) ?? v.voice_id,
      language: str(v.language) ?? "unknown",
      gender: str(v.gender) ?? "unknown",
      type: isPrivate(v) ? "private" : "public",
      support_pause: v.support_pause !== false,
      support_locale: v.support_locale === true,
      preview_audio_url: str(v.preview_audio),
    }));
}

export function v3Voice(list: VoiceList, id: string) {
  const voice = list.voices.find((v) => v.voice_id === id);
  if (!voice) throw new NotFound(`The voice "${id}"`);
  const [item] = v3Voices({ voices: [voice] }, { type: isPrivate(voice) ? "private" : "public" });
  return { ...item!, support_interactive_avatar: false, created_at: null, status: null, failure_message: null };
}
