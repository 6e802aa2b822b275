import { compact, isObject, own, present, toBoolean, toCanonical, toEnum, toNumber, type Json } from "./coerce";
import { ASPECT_RATIOS, EMOTIONS, FPS_VALUES, OUTPUT_FORMATS } from "./schema";
import { parseLookId } from "@/lib/catalog/looks";

// The tolerance rules of API-CONTRACT.md, applied before validation. A walk guided by the known shape of
// the body: each field is read by name and coerced only as far as its own type allows, and every key the
// walk does not name is dropped. Values it cannot make sense of are passed on unchanged, so the schema
// refuses them with the field's own message. Pure: never throws, never mutates its input.
export function normaliseVideoBody(raw: unknown): unknown {
  if (!isObject(raw)) return raw;
  const get = (key: string) => own(raw, key);
  const scenes = present(get("video_inputs"));
  return compact({
    video_inputs: Array.isArray(scenes) ? scenes.map(scene) : scenes,
    dimension: dimension(get("dimension"), get("aspect_ratio")),
    caption: toBoolean(get("caption")),
    caption_mode: toEnum(get("caption_mode")),
    title: present(get("title")),
    callback_id: present(get("callback_id")),
    callback_url: present(get("callback_url")),
    folder_id: present(get("folder_id")),
    test: toBoolean(get("test")),
    fps: fps(get("fps")),
    output_format: toCanonical(get("output_format"), OUTPUT_FORMATS),
  });
}

// `aspect_ratio` is only a fallback: an explicit dimension always wins, an unknown ratio is ignored.
function dimension(value: unknown, aspectRatio: unknown): unknown {
  const given = present(value);
  if (given === undefined) {
    const key = typeof aspectRatio === "string" ? aspectRatio.trim() : "";
    if (!Object.hasOwn(ASPECT_RATIOS, key)) return undefined;
    const [width, height] = ASPECT_RATIOS[key as keyof typeof ASPECT_RATIOS];
    return { width, height };
  }
  if (!isObject(given)) return given;
  return compact({ width: toNumber(own(given, "width")), height: toNumber(own(given, "height")) });
}

// 24, 25, 30, 50 and 60 are honoured; any other value (even junk) renders at 25 rather than failing.
function fps(value: unknown): unknown {
  const given = toNumber(value);
  if (given === undefined) return undefined;
  return (FPS_VALUES as readonly unknown[]).includes(given) ? given : 25;
}

function scene(value: unknown): unknown {
  if (!isObject(value)) return value;
  return compact({
    character: character(own(value, "character")),
    voice: voice(own(value, "voice")),
    background: background(own(value, "background")),
  });
}

function offset(value: unknown): unknown {
  const given = present(value);
  if (!isObject(given)) return given;
  return compact({ x: toNumber(own(given, "x")), y: toNumber(own(given, "y")) });
}

function character(value: unknown): unknown {
  const given = present(value);
  if (!isObject(given)) return given;
  const get = (key: string) => own(given, key);
  const type = toEnum(get("type"));
  const shared = {
    scale: toNumber(get("scale")),
    offset: offset(get("offset")),
    matting: toBoolean(get("matting")),
    circle_background_color: present(get("circle_background_color")),
  };
  if (type === "avatar") {
    // A look id from /v2/avatar_group/{id}/avatars names the presenter and its style; an explicit style wins.
    const avatarId = present(get("avatar_id"));
    const look = typeof avatarId === "string" ? parseLookId(avatarId) : null;
    const style = toEnum(get("avatar_style")) ?? look?.style;
    return compact({ type, avatar_id: look ? look.avatarId : avatarId, avatar_style: style, ...shared });
  }
  if (type === "talking_photo") {
    return compact({
      type,
      talking_photo_id: present(get("talking_photo_id")),
      talking_photo_style: toEnum(get("talking_photo_style")) ?? photoStyleFromAvatarStyle(get("avatar_style")),
      talking_style: toEnum(get("talking_style")),
      expression: toEnum(get("expression")),
      super_resolution: toBoolean(get("super_resolution")),
      ...shared,
    });
  }
  return compact({ type });
}

// Clients reuse avatar settings for photos: a circle stays a circle, every other avatar style is square.
function photoStyleFromAvatarStyle(value: unknown): string | undefined {
  const style = toEnum(value);
  if (typeof style !== "string") return undefined;
  return style.trim().toLowerCase() === "circle" ? "circle" : "square";
}

function voice(value: unknown): unknown {
  const given = present(value);
  if (!isObject(given)) return given;
  const get = (key: string) => own(given, key);
  const type = toEnum(get("type"));
  if (type === "text") {
    return compact({
      type,
      voice_id: present(get("voice_id")),
      input_text: present(get("input_text")),
      speed: toNumber(get("speed")),
      pitch: toNumber(get("pitch")),
      emotion: toCanonical(get("emotion"), EMOTIONS),
      locale: toEnum(get("locale")),
      // HeyGen's own examples carry the misspelling; the correct name wins when both are sent.
      elevenlabs_settings: elevenLabs(present(get("elevenlabs_settings")) ?? get("elevanlabs_settings")),
    });
  }
  if (type === "audio") {
    return compact({ type, audio_url: present(get("audio_url")), audio_asset_id: present(get("audio_asset_id")) });
  }
  if (type === "silence") return compact({ type, duration: toNumber(get("duration")) });
  return compact({ type });
}

function elevenLabs(value: unknown): unknown {
  const given = present(value);
  if (!isObject(given)) return given;
  const get = (key: string) => own(given, key);
  return compact({
    model: toEnum(get("model")),
    similarity_boost: toNumber(get("similarity_boost")),
    stability: toNumber(get("stability")),
    style: toNumber(get("style")),
  });
}

function background(value: unknown): unknown {
  const given = present(value);
  if (!isObject(given)) return given;
  const get = (key: string) => own(given, key);
  const type = toEnum(get("type")) ?? backgroundTypeOf(given);
  // Image and video sources sent as `value` (the colour background's key) are read as `url`.
  const url = present(get("url")) ?? present(get("value"));
  if (type === "color") return compact({ type, value: present(get("value")) });
  if (type === "image") {
    return compact({ type, url, image_asset_id: present(get("image_asset_id")), fit: toEnum(get("fit")) });
  }
  if (type === "video") {
    return compact({
      type,
      url,
      video_asset_id: present(get("video_asset_id")),
      play_style: toEnum(get("play_style")),
      fit: toEnum(get("fit")),
    });
  }
  return compact({ type });
}

// HeyGen documents `color` as the default type. An asset id names its own type; a bare URL could be
// an image or a video, so it is left without a type and refused rather than guessed.
function backgroundTypeOf(given: Json): string | undefined {
  if (present(own(given, "image_asset_id")) !== undefined) return "image";
  if (present(own(given, "video_asset_id")) !== undefined) return "video";
  const source = present(own(given, "url")) ?? present(own(given, "value"));
  if (typeof source === "string" && /^[a-z][a-z0-9+.-]*:/i.test(source.trim())) return undefined;
  if (present(own(given, "url")) !== undefined) return undefined;
  return "color";
}
