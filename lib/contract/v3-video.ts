import { z } from "zod";
import { Invalid, type FieldIssue } from "@/lib/errors";
import { formatPath } from "@/lib/validation/format-path";
import { bool, got, hexColour, httpUrl, id, kindOf, locale, numberBetween, object, oneOf, text } from "./fields";
import { ELEVENLABS_MODELS, MAX_INPUT_TEXT } from "./schema";

// HeyGen v3's POST /v3/videos body (HEYGEN-V3.md 2), `type: "avatar"` and `type: "image"`, with the fields
// HeyGen's n8n node sends beyond the spec (1.7): `test`, `folder_id`, `enable_caption`, `image_url`,
// `image_asset_id`. A v3 video is a one-scene v2 request inside (v3VideoBody below makes it one); this module
// only validates and translates, the photo and the default voice are looked up by lib/generation.

const V3_RESOLUTIONS = { "720p": 720, "1080p": 1080, "4k": 2160 } as const;
const V3_ASPECT_RATIOS = { "16:9": 16 / 9, "9:16": 9 / 16, "4:5": 4 / 5, "5:4": 5 / 4, "1:1": 1 } as const;
const ENGINES = ["avatar_iv", "avatar_v", "avatar_iii"] as const;

const nullable = <T extends z.ZodType>(schema: T) => schema.nullish().transform((v) => v ?? undefined);

const assetInput = z.discriminatedUnion(
  "type",
  [
    object({ type: z.literal("url"), url: httpUrl() }),
    object({ type: z.literal("asset_id"), asset_id: id() }),
    object({
      type: z.literal("base64"),
      media_type: oneOf(["image/png", "image/jpeg", "image/webp"]),
      data: z.string({ error: (iss) => `must be base64 text, got ${got(iss.input)}` }).min(1, { error: "must not be empty" }),
    }),
  ],
  kindOf(["url", "asset_id", "base64"]),
);
export type V3AssetInput = z.output<typeof assetInput>;

const engineSettings = z.discriminatedUnion(
  "engine_type",
  [
    object({
      engine_type: z.literal("elevenlabs"),
      model: nullable(oneOf(ELEVENLABS_MODELS)),
      stability: nullable(numberBetween(0, 1)),
      similarity_boost: nullable(numberBetween(0, 1)),
      style: nullable(numberBetween(0, 1)),
    }),
    // Fish and Starfish settings route HeyGen's own engines; our voices take none of them.
    object({ engine_type: z.literal("fish") }),
    object({ engine_type: z.literal("starfish") }),
  ],
  { error: () => "engine_type must be one of elevenlabs, fish, starfish" },
);

const voiceSettings = object({
  speed: nullable(numberBetween(0.5, 1.5)),
  // Semitones in v3; our voices take whole steps between -50 and 50, as v2's pitch.
  pitch: nullable(numberBetween(-50, 50)),
  volume: nullable(numberBetween(0, 1).refine((v) => v === 1, { error: "other than 1 is not supported yet; leave it out or send 1" })),
  locale: nullable(locale()),
  engine_settings: nullable(engineSettings),
});

const background = z.discriminatedUnion(
  "type",
  [
    object({ type: z.literal("color"), value: hexColour() }),
    object({ type: z.literal("image"), url: nullable(httpUrl()), asset_id: nullable(id()) }).refine(
      (b) => (b.url === undefined) !== (b.asset_id === undefined),
      { error: "needs exactly one of url or asset_id" },
    ),
  ],
  kindOf(["color", "image"]),
);

const common = {
  title: nullable(text(255)),
  script: nullable(text(MAX_INPUT_TEXT, { min: 1 })),
  voice_id: nullable(id()),
  audio_url: nullable(httpUrl()),
  audio_asset_id: nullable(id()),
  voice_settings: nullable(voiceSettings),
  resolution: nullable(oneOf(Object.keys(V3_RESOLUTIONS) as ["720p", "1080p", "4k"])),
  aspect_ratio: nullable(oneOf([...(Object.keys(V3_ASPECT_RATIOS) as ["16:9", "9:16", "4:5", "5:4", "1:1"]), "auto"])),
  fit: nullable(oneOf(["contain", "cover"])),
  background: nullable(background),
  remove_background: nullable(bool()),
  output_format: nullable(oneOf(["mp4", "webm"])),
  caption: nullable(object({ file_format: nullable(oneOf(["srt"])), style: nullable(z.string().max(100)) })),
  enable_caption: nullable(bool()),
  watermark: z.unknown().optional(),
  motion_prompt: nullable(text(1000)),
  expressiveness: nullable(oneOf(["high", "medium", "low"])),
  callback_url: nullable(httpUrl()),
  callback_id: nullable(text(255)),
  folder_id: nullable(id()),
  test: nullable(bool()),
};

const avatarVideo = object({
  ...common,
  type: z.literal("avatar"),
  avatar_id: id(),
  engine: nullable(object({ type: oneOf(ENGINES), reference_look_id: nullable(z.string().max(200)) })),
});

const imageVideo = object({
  ...common,
  type: z.literal("image"),
  image: nullable(assetInput),
  image_url: nullable(httpUrl()),
  image_asset_id: nullable(id()),
});

export const v3VideoSchema = z.discriminatedUnion("type", [avatarVideo, imageVideo], {
  error: (iss) => {
    if (typeof iss.input !== "object" || iss.input === null || Array.isArray(iss.input))
      return `must be a JSON object, got ${got(iss.input)}`;
    const type = (iss.input as { type?: unknown }).type;
    if (type === "cinematic_avatar" || type === "studio")
      return `"${type}" videos are not supported; use "avatar" (a look or avatar id) or "image" (a portrait)`;
    return `must be avatar or image, got ${got(type)}`;
  },
});

export type V3Video = z.output<typeof v3VideoSchema>;

// One rule per request, beyond each field's own: the audio source, and what HeyGen refuses together.
function crossChecks(v: V3Video): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const sources = [v.script !== undefined, v.audio_url !== undefined, v.audio_asset_id !== undefined].filter(Boolean).length;
  if (sources === 0) issues.push({ path: "script", message: "is required unless audio_url or audio_asset_id gives the audio" });
  if (sources > 1) issues.push({ path: "script", message: "send only one of script, audio_url and audio_asset_id" });
  if (v.script !== undefined && v.voice_id === undefined && v.type === "image")
    issues.push({ path: "voice_id", message: "is required with script for an image video" });
  if (v.output_format === "webm" && v.background !== undefined)
    issues.push({ path: "background", message: "cannot be combined with output_format webm, whose background is transparent" });
  if (v.watermark !== undefined && v.watermark !== null) issues.push({ path: "watermark", message: "is not supported yet; leave it out" });
  if (v.motion_prompt !== undefined) issues.push({ path: "motion_prompt", message: "is not supported yet; leave it out" });
  if (v.type === "image") {
    const given = [v.image, v.image_url, v.image_asset_id].filter((x) => x !== undefined).length;
    if (given !== 1)
      issues.push({
        path: "image",
        message: given === 0 ? "is required for an image video" : "send only one of image, image_url and image_asset_id",
      });
  }
  return issues;
}

/** Validates a POST /v3/videos body; any problem is a 400 naming the v3 field. */
export function parseV3Video(raw: unknown): V3Video {
  const result = v3VideoSchema.safeParse(raw);
  if (!result.success)
    throw Invalid.fields(
      result.error.issues.map((issue) => ({ path: formatPath(issue.path) || "body", message: issue.message })),
      3,
    );
  const issues = crossChecks(result.data);
  if (issues.length > 0) throw Invalid.fields(issues, 3);
  return result.data;
}

/** The image of an image video, whichever field carried it. */
export function v3Image(v: Extract<V3Video, { type: "image" }>): V3AssetInput {
  if (v.image) return v.image;
  if (v.image_url !== undefined) return { type: "url", url: v.image_url };
  return { type: "asset_id", asset_id: v.image_asset_id! };
}

/** The frame: the short edge from `resolution` (default 1080p), the long edge from the ratio (default 16:9). */
export function v3Dimension(v: V3Video, sourceRatio: number | null): { width: number; height: number } {
  const short = V3_RESOLUTIONS[v.resolution ?? "1080p"];
  const named = v.aspect_ratio ?? "16:9";
  const ratio = named === "auto" ? (sourceRatio ?? 16 / 9) : V3_ASPECT_RATIOS[named];
  const even = (n: number) => Math.max(128, Math.min(4096, 2 * Math.round(n / 2)));
  return ratio >= 1 ? { width: even(short * ratio), height: even(short) } : { width: even(short), height: even(short / ratio) };
}

// Where a photo goes in the frame. The engine draws a talking photo at the height of its layer, centred on the
// face (lib/render/plan/presenter-layer.ts). `contain`: the layer is the frame, so a photo narrower than the
// frame shows whole. `cover`: the layer grows (about the frame's centre, its top kept at the frame's top)
// until the face-centred photo reaches both sides. Omitted: cover when photo and frame face the same way.
function photoPlacement(fit: "contain" | "cover" | undefined, frame: { width: number; height: number }, photo: V3Photo) {
  const frameRatio = frame.width / frame.height;
  const photoRatio = photo.width / photo.height;
  const chosen = fit ?? (frameRatio >= 1 === photoRatio >= 1 ? "cover" : "contain");
  if (chosen === "contain") return { scale: 1, offset: { x: 0, y: 0 } };
  // Pixels of frame per pixel of photo: the frame's height at least, and enough that the face's nearer side
  // spans half the frame's width.
  const nearer = Math.max(1, Math.min(photo.faceX, photo.width - photo.faceX));
  const k = Math.max(frame.height / photo.height, frame.width / (2 * nearer));
  const scale = Math.min(2, (k * photo.height) / frame.height);
  return { scale, offset: { x: 0, y: (scale - 1) / 2 } };
}

type V3Photo = { width: number; height: number; faceX: number };
export type V3Presenter = { kind: "avatar"; avatarId: string } | ({ kind: "photo"; photoId: string } & V3Photo);

/**
 * The one-scene v2 body (before lib/contract's parse) of a validated v3 video, once lib/generation has named
 * the presenter (a drawn presenter or a talking photo), the default voice when `voice_id` was left out, and
 * the source's shape for `aspect_ratio: auto`.
 */
export function v3VideoBody(v: V3Video, presenter: V3Presenter, defaultVoiceId: string | undefined): Record<string, unknown> {
  const dimension = v3Dimension(v, presenter.kind === "photo" ? presenter.width / presenter.height : null);
  const s = v.voice_settings;
  const eleven = s?.engine_settings?.engine_type === "elevenlabs" ? s.engine_settings : undefined;
  const voice =
    v.script !== undefined
      ? {
          type: "text",
          input_text: v.script,
          voice_id: v.voice_id ?? defaultVoiceId,
          speed: s?.speed,
          pitch: s?.pitch === undefined ? undefined : Math.round(s.pitch),
          locale: s?.locale,
          elevenlabs_settings: eleven && {
            model: eleven.model,
            stability: eleven.stability,
            similarity_boost: eleven.similarity_boost,
            style: eleven.style,
          },
        }
      : { type: "audio", audio_url: v.audio_url, audio_asset_id: v.audio_asset_id };
  const expressive = v.expressiveness === "high" || v.expressiveness === "medium";
  const character =
    presenter.kind === "avatar"
      ? { type: "avatar", avatar_id: presenter.avatarId, matting: v.remove_background ?? undefined }
      : {
          type: "talking_photo",
          talking_photo_id: presenter.photoId,
          ...photoPlacement(v.fit, dimension, presenter),
          talking_style: expressive ? "expressive" : "stable",
          matting: v.remove_background || v.output_format === "webm" || undefined,
        };
  const bg = v.background;
  const background =
    bg === undefined
      ? undefined
      : bg.type === "color"
        ? { type: "color", value: bg.value }
        : // n8n sends a video URL as an image background; a video file plays as one.
          bg.url !== undefined && /\.(mp4|webm|mov)(\?|$)/i.test(new URL(bg.url).pathname)
          ? { type: "video", url: bg.url, play_style: "loop" }
          : { type: "image", url: bg.url, image_asset_id: bg.asset_id };
  const captioned = v.caption !== undefined || v.enable_caption === true;
  return {
    video_inputs: [{ character, voice, ...(background ? { background } : {}) }],
    dimension,
    caption: captioned,
    caption_mode: v.caption?.style ? "burn_in" : "file_only",
    output_format: v.output_format,
    title: v.title,
    callback_url: v.callback_url,
    callback_id: v.callback_id,
    folder_id: v.folder_id,
    test: v.test,
  };
}

// The v2 field paths of a one-scene request, as the v3 fields that filled them (errors name v3's fields).
const V3_PATHS: [RegExp, string][] = [
  [/^video_inputs\[0\]\.voice\.input_text/, "script"],
  [/^video_inputs\[0\]\.voice\.voice_id/, "voice_id"],
  [/^video_inputs\[0\]\.voice\.audio_url/, "audio_url"],
  [/^video_inputs\[0\]\.voice\.audio_asset_id/, "audio_asset_id"],
  [/^video_inputs\[0\]\.voice\.(speed|pitch|locale)/, "voice_settings.$1"],
  [/^video_inputs\[0\]\.voice\.elevenlabs_settings/, "voice_settings.engine_settings"],
  [/^video_inputs\[0\]\.voice/, "script"],
  [/^video_inputs\[0\]\.character\.avatar_id/, "avatar_id"],
  [/^video_inputs\[0\]\.character\.talking_photo_id/, "image"],
  [/^video_inputs\[0\]\.background\.image_asset_id/, "background.asset_id"],
  [/^video_inputs\[0\]\.background/, "background"],
  [/^video_inputs(\[0\])?$/, "script"],
  [/^dimension/, "resolution"],
];

/** A v2 validation error of a translated v3 request, naming v3's fields instead. */
export function asV3Invalid(error: Invalid): Invalid {
  const rename = (path: string) => {
    for (const [pattern, v3] of V3_PATHS) {
      const m = pattern.exec(path);
      if (m) return v3.replace("$1", m[1] ?? "");
    }
    return path;
  };
  return Invalid.fields(
    error.details.map((d) => ({
      path: rename(d.path),
      message: d.message.replace(/GET \/v2\/avatars/g, "GET /v3/avatars/looks").replace(/GET \/v2\/voices/g, "GET /v3/voices"),
    })),
    3,
  );
}
