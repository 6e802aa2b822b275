import { z } from "zod";
import { stripBreaks } from "./breaks";
import {
  anyNumber,
  bool,
  evenNumberBetween,
  got,
  hexColour,
  httpUrl,
  id,
  kindOf,
  locale,
  numberBetween,
  object,
  oneOf,
  text,
  wholeNumberBetween,
} from "./fields";

// The body of POST /v2/video/generate after normaliseVideoBody: validates and fills every default, so
// the rest of the app reads one fully-defaulted VideoRequest. No transforms, so the same schema exports
// as JSON Schema (io: "input") for the OpenAPI document. Objects are not `strict`: the contract says
// unknown keys are ignored (the normaliser drops them), and the published schema must not claim otherwise.

export const EMOTIONS = ["Excited", "Friendly", "Serious", "Soothing", "Broadcaster"] as const;
export const ELEVENLABS_MODELS = [
  "eleven_monolingual_v1",
  "eleven_multilingual_v1",
  "eleven_multilingual_v2",
  "eleven_turbo_v2",
  "eleven_turbo_v2_5",
  "eleven_flash_v2_5",
  "eleven_v3",
] as const;
export const FITS = ["cover", "crop", "contain", "none"] as const;
export const PLAY_STYLES = ["fit_to_scene", "freeze", "loop", "once", "full_video"] as const;
export const FPS_VALUES = [24, 25, 30, 50, 60] as const;
export const ASPECT_RATIOS = { "16:9": [1920, 1080], "9:16": [1080, 1920], "1:1": [1080, 1080] } as const;
export const DEFAULT_BACKGROUND_COLOUR = "#f6f6fc";
// mp4: H.264 + AAC. webm: VP9 with an alpha channel + Opus, where a scene without a background is transparent.
export const OUTPUT_FORMATS = ["mp4", "webm"] as const;
export const MAX_SCENES = 50;
export const MAX_INPUT_TEXT = 5000;
// The largest scale per character type (the smallest is just above 0).
export const MAX_SCALE = { avatar: 5, talking_photo: 2 } as const;

const offset = object({ x: anyNumber().default(0), y: anyNumber().default(0) }).default({ x: 0, y: 0 });

const avatar = object({
  type: z.literal("avatar"),
  avatar_id: id(),
  scale: numberBetween(0, MAX_SCALE.avatar, { exclusiveMin: true }).default(1),
  avatar_style: oneOf(["normal", "circle", "closeUp"]).default("normal"),
  offset,
  matting: bool().default(false),
  circle_background_color: hexColour().default("#ffffff"),
});

const talkingPhoto = object({
  type: z.literal("talking_photo"),
  talking_photo_id: id(),
  scale: numberBetween(0, MAX_SCALE.talking_photo, { exclusiveMin: true }).default(1),
  talking_photo_style: oneOf(["square", "circle"]).default("square"),
  offset,
  talking_style: oneOf(["stable", "expressive"]).default("stable"),
  expression: oneOf(["default", "happy"]).default("default"),
  super_resolution: bool().default(false),
  matting: bool().default(false),
  circle_background_color: hexColour().default("#ffffff"),
});

const character = z.discriminatedUnion("type", [avatar, talkingPhoto], kindOf(["avatar", "talking_photo"]));

const elevenLabsSettings = object({
  model: oneOf(ELEVENLABS_MODELS).optional(),
  similarity_boost: numberBetween(0, 1).optional(),
  stability: numberBetween(0, 1).optional(),
  style: numberBetween(0, 1).optional(),
});

const textVoice = object({
  type: z.literal("text"),
  voice_id: id(),
  // Break tags are pauses, so a text of only pauses has nothing to say (a silence voice does that).
  input_text: text(MAX_INPUT_TEXT, { min: 1 }).refine((s) => stripBreaks(s) !== "", {
    error: "must contain words to speak, not only spaces or pauses",
  }),
  speed: numberBetween(0.5, 1.5).default(1),
  pitch: wholeNumberBetween(-50, 50).default(0),
  emotion: oneOf(EMOTIONS).optional(),
  locale: locale().optional(),
  elevenlabs_settings: elevenLabsSettings.optional(),
});

const audioVoice = object({
  type: z.literal("audio"),
  audio_url: httpUrl().optional(),
  audio_asset_id: id().optional(),
}).refine((v) => v.audio_url !== undefined || v.audio_asset_id !== undefined, {
  error: "needs audio_url or audio_asset_id",
});

const silenceVoice = object({
  type: z.literal("silence"),
  duration: numberBetween(1, 100).default(1),
});

const voice = z.discriminatedUnion("type", [textVoice, audioVoice, silenceVoice], kindOf(["text", "audio", "silence"]));

const colorBackground = object({
  type: z.literal("color"),
  value: hexColour().default(DEFAULT_BACKGROUND_COLOUR),
});

const imageBackground = object({
  type: z.literal("image"),
  url: httpUrl().optional(),
  image_asset_id: id().optional(),
  fit: oneOf(FITS).default("cover"),
}).refine((b) => b.url !== undefined || b.image_asset_id !== undefined, { error: "needs url or image_asset_id" });

const videoBackground = object({
  type: z.literal("video"),
  url: httpUrl().optional(),
  video_asset_id: id().optional(),
  play_style: oneOf(PLAY_STYLES).default("freeze"),
  fit: oneOf(FITS).default("cover"),
}).refine((b) => b.url !== undefined || b.video_asset_id !== undefined, { error: "needs url or video_asset_id" });

const background = z.discriminatedUnion("type", [colorBackground, imageBackground, videoBackground], kindOf(["color", "image", "video"]));

// No default for the background: a scene without one is drawn on DEFAULT_BACKGROUND_COLOUR in an MP4 and left
// transparent in a WebM, so "not given" must stay visible (lib/contract/background.ts reads it).
const scene = object({
  character: character.optional(),
  voice,
  background: background
    .optional()
    .describe(`Default: a ${DEFAULT_BACKGROUND_COLOUR} colour; with output_format "webm", no background: the scene is transparent.`),
});

const scenesRule = `must contain between 1 and ${MAX_SCENES} scenes`;
const scenesError = (iss: z.core.$ZodRawIssue) => `${scenesRule}, got ${Array.isArray(iss.input) ? iss.input.length : got(iss.input)}`;

const dimensionSide = evenNumberBetween(128, 4096);

export const videoRequestSchema = object(
  {
    video_inputs: z.array(scene, { error: scenesError }).min(1, { error: scenesError }).max(MAX_SCENES, { error: scenesError }),
    dimension: object({ width: dimensionSide, height: dimensionSide }).default({ width: 1920, height: 1080 }),
    caption: bool().default(false),
    // Only read when caption is true: burn_in makes the captioned MP4 as well as the caption files.
    caption_mode: oneOf(["file_only", "burn_in"]).default("burn_in"),
    title: text(255).optional(),
    callback_id: text(255).optional(),
    callback_url: httpUrl().optional(),
    folder_id: id().optional(),
    test: bool().default(false),
    // The normaliser turns any other value into 25, so this list only documents the honoured rates.
    fps: z.literal(FPS_VALUES, { error: (iss) => `must be one of ${FPS_VALUES.join(", ")}, got ${got(iss.input)}` }).default(25),
    // An extension of HeyGen's v2 body (v3's field of the same name).
    output_format: oneOf(OUTPUT_FORMATS)
      .default("mp4")
      .describe(
        "mp4: H.264 and AAC. webm: VP9 with an alpha channel and Opus; scenes without a background are transparent, scenes with one keep it.",
      ),
  },
  "a JSON object",
);

export type VideoRequest = z.output<typeof videoRequestSchema>;
export type VideoRequestInput = z.input<typeof videoRequestSchema>;
export type Scene = VideoRequest["video_inputs"][number];
export type CharacterSettings = NonNullable<Scene["character"]>;
export type VoiceSettings = Scene["voice"];
export type BackgroundSettings = NonNullable<Scene["background"]>;
export type OutputFormat = VideoRequest["output_format"];
