import { Invalid, issueSentence, type FieldIssue } from "@/lib/errors";
import { findAvatar, findVoice } from "@/lib/catalog";
import { got } from "./fields";
import { MAX_SCALE, type BackgroundSettings, type CharacterSettings, type Scene, type VideoRequest, type VoiceSettings } from "./schema";

// The checks that need the catalog or the team's own objects. The database stays outside lib/contract:
// the caller injects lookups already scoped to the team, so another team's asset reads as unknown.

type AssetType = "image" | "video" | "audio";

// What the checks need to know of a voice. `locales` null: the voice does not say which it speaks (an upstream
// catalog in HeyGen's format), so a locale is passed on for its renderer to judge.
export type VoiceCapabilities = {
  emotion_support: boolean;
  support_locale: boolean;
  locales: readonly string[] | null;
  // Whether elevenlabs_settings reach the voice (dropped otherwise).
  elevenlabs: boolean;
};

// The catalog a team's ids are checked against: the built-in one unless the team's provider has its own.
export interface CatalogLookups {
  avatarExists(id: string): Promise<boolean>;
  voice(id: string): Promise<VoiceCapabilities | null>;
  talkingPhotoExists(id: string): Promise<boolean>;
}

export interface ResolveLookups {
  assetType(id: string): Promise<AssetType | null>;
  folderExists(id: string): Promise<boolean>;
  talkingPhotoExists(id: string): Promise<boolean>;
  // Absent: the built-in catalog (lib/catalog).
  avatarExists?(id: string): Promise<boolean>;
  voice?(id: string): Promise<VoiceCapabilities | null>;
}

type Lookups = Required<ResolveLookups>;

export const builtinCatalogLookups: Omit<CatalogLookups, "talkingPhotoExists"> = {
  avatarExists: async (id) => findAvatar(id) !== undefined,
  async voice(id) {
    const voice = findVoice(id);
    if (!voice) return null;
    const { emotion_support, support_locale, locales } = voice;
    return { emotion_support, support_locale, locales, elevenlabs: voice.provider === "elevenlabs" };
  },
};

const MAX_REPORTED = 3;
const article = { image: "an image", video: "a video", audio: "audio" } as const;

// 50 scenes often repeat one asset or photo: each id is looked up once per request.
function memoised(lookups: ResolveLookups): Lookups {
  const cache = new Map<string, Promise<unknown>>();
  const once = <T>(kind: string, id: string, load: () => Promise<T>) => {
    const key = `${kind}\u0000${id}`;
    if (!cache.has(key)) cache.set(key, load());
    return cache.get(key) as Promise<T>;
  };
  return {
    assetType: (id) => once("asset", id, () => lookups.assetType(id)),
    folderExists: (id) => once("folder", id, () => lookups.folderExists(id)),
    talkingPhotoExists: (id) => once("photo", id, () => lookups.talkingPhotoExists(id)),
    avatarExists: (id) => once("avatar", id, () => (lookups.avatarExists ?? builtinCatalogLookups.avatarExists)(id)),
    voice: (id) => once("voice", id, () => (lookups.voice ?? builtinCatalogLookups.voice)(id)),
  };
}

async function checkAsset(lookups: Lookups, path: string, id: string, want: AssetType): Promise<FieldIssue[]> {
  const type = await lookups.assetType(id);
  if (type === null) return [{ path, message: `unknown asset ${got(id)}; list assets with GET /v1/asset/list` }];
  return type === want ? [] : [{ path, message: `asset ${got(id)} is ${article[type]}, not ${article[want]}` }];
}

// A talking photo's id works as an avatar_id too (it is its group's one look in /v2/avatar_group.list and
// /v3/avatars/looks): such a character becomes the talking photo, with the settings both kinds share.
async function resolveCharacter(
  c: CharacterSettings | undefined,
  path: string,
  lookups: Lookups,
): Promise<[CharacterSettings | undefined, FieldIssue[]]> {
  if (c === undefined) return [c, []];
  if (c.type === "avatar") {
    if (await lookups.avatarExists(c.avatar_id)) return [c, []];
    if (await lookups.talkingPhotoExists(c.avatar_id)) return [asTalkingPhoto(c), []];
    return [c, [{ path: `${path}.avatar_id`, message: `unknown avatar ${got(c.avatar_id)}; list avatars with GET /v2/avatars` }]];
  }
  if (await lookups.talkingPhotoExists(c.talking_photo_id)) return [c, []];
  return [
    c,
    [
      {
        path: `${path}.talking_photo_id`,
        message: `unknown talking photo ${got(c.talking_photo_id)}; list talking photos with GET /v2/avatars`,
      },
    ],
  ];
}

function asTalkingPhoto(c: Extract<CharacterSettings, { type: "avatar" }>): CharacterSettings {
  return {
    type: "talking_photo",
    talking_photo_id: c.avatar_id,
    scale: Math.min(c.scale, MAX_SCALE.talking_photo),
    talking_photo_style: c.avatar_style === "circle" ? "circle" : "square",
    offset: c.offset,
    talking_style: "stable",
    expression: "default",
    super_resolution: false,
    matting: c.matting,
    circle_background_color: c.circle_background_color,
  };
}

// Emotion and locale are honoured only by voices that advertise them, and ignored (dropped) by others;
// ElevenLabs settings likewise only reach ElevenLabs voices.
async function resolveVoice(v: VoiceSettings, path: string, lookups: Lookups): Promise<[VoiceSettings, FieldIssue[]]> {
  if (v.type === "audio") {
    return [v, v.audio_asset_id === undefined ? [] : await checkAsset(lookups, `${path}.audio_asset_id`, v.audio_asset_id, "audio")];
  }
  if (v.type !== "text") return [v, []];
  const voice = await lookups.voice(v.voice_id);
  if (!voice) return [v, [{ path: `${path}.voice_id`, message: `unknown voice ${got(v.voice_id)}; list voices with GET /v2/voices` }]];
  const { emotion, locale, elevenlabs_settings, ...rest } = v;
  const out: VoiceSettings = { ...rest };
  if (emotion !== undefined && voice.emotion_support) out.emotion = emotion;
  if (elevenlabs_settings !== undefined && voice.elevenlabs) out.elevenlabs_settings = elevenlabs_settings;
  if (locale === undefined || !voice.support_locale) return [out, []];
  if (voice.locales === null) return [{ ...out, locale }, []];
  const match = voice.locales.find((l) => l.toLowerCase() === locale.toLowerCase());
  if (match) return [{ ...out, locale: match }, []];
  return [
    out,
    [{ path: `${path}.locale`, message: `must be one of ${voice.locales.join(", ")} for voice "${v.voice_id}", got ${got(locale)}` }],
  ];
}

async function checkBackground(b: BackgroundSettings | undefined, path: string, lookups: Lookups): Promise<FieldIssue[]> {
  if (b?.type === "image" && b.image_asset_id !== undefined) {
    return checkAsset(lookups, `${path}.image_asset_id`, b.image_asset_id, "image");
  }
  if (b?.type === "video" && b.video_asset_id !== undefined) {
    return checkAsset(lookups, `${path}.video_asset_id`, b.video_asset_id, "video");
  }
  return [];
}

// Problems come back in field order, whatever order the lookups answer in.
async function resolveScene(scene: Scene, index: number, lookups: Lookups) {
  const path = `video_inputs[${index}]`;
  const [[character, characterProblems], [voice, voiceProblems], backgroundProblems] = await Promise.all([
    resolveCharacter(scene.character, `${path}.character`, lookups),
    resolveVoice(scene.voice, `${path}.voice`, lookups),
    checkBackground(scene.background, `${path}.background`, lookups),
  ]);
  return {
    scene: { ...scene, ...(character ? { character } : {}), voice },
    problems: [...characterProblems, ...voiceProblems, ...backgroundProblems],
  };
}

// Returns the request with ignored fields removed, or throws a 400 naming up to 3 unknown or mismatched ids.
export async function resolveVideoRequest(req: VideoRequest, lookups: ResolveLookups): Promise<VideoRequest> {
  const cached = memoised(lookups);
  const problems: FieldIssue[] = [];
  if (req.folder_id !== undefined && !(await cached.folderExists(req.folder_id))) {
    problems.push({ path: "folder_id", message: `unknown folder ${got(req.folder_id)}; list folders with GET /v1/folders` });
  }
  const scenes = await Promise.all(req.video_inputs.map((scene, index) => resolveScene(scene, index, cached)));
  for (const scene of scenes) problems.push(...scene.problems);
  if (problems.length > 0) throw new Invalid(issueSentence(problems, MAX_REPORTED), problems);
  return { ...req, video_inputs: scenes.map((s) => s.scene) };
}
