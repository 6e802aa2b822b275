import { describe, expect, it } from "vitest";
import { Invalid } from "@/lib/errors";
import { parseVideoRequest } from "@/lib/contract/parse";
import { asV3Invalid, parseV3Video, v3Dimension, v3Image, v3VideoBody } from "@/lib/contract/v3-video";

const avatar = { type: "avatar", avatar_id: "avs_maya", script: "Hello there.", voice_id: "avs_voice_en_clara" };

function refusal(raw: unknown): Invalid {
  try {
    parseV3Video(raw);
  } catch (error) {
    if (error instanceof Invalid) return error;
    throw error;
  }
  throw new Error("accepted");
}

describe("parseV3Video", () => {
  it("accepts HeyGen's n8n extras and nulls where fields are optional", () => {
    const v = parseV3Video({
      ...avatar,
      title: null,
      background: null,
      test: true,
      folder_id: "f1",
      enable_caption: true,
      expressiveness: "high",
      engine: { type: "avatar_v", reference_look_id: null },
      something_new: 1,
    });
    expect(v).toMatchObject({ type: "avatar", test: true, folder_id: "f1", enable_caption: true });
    expect(v.title).toBeUndefined();
  });

  it("names the v3 field at fault", () => {
    expect(refusal({ ...avatar, resolution: "8k" }).details[0]).toMatchObject({ path: "resolution" });
    expect(refusal({ ...avatar, aspect_ratio: "2:1" }).details[0]).toMatchObject({ path: "aspect_ratio" });
    expect(refusal({ ...avatar, voice_settings: { speed: 3 } }).details[0]).toMatchObject({ path: "voice_settings.speed" });
    expect(refusal({ ...avatar, script: undefined }).details[0]).toMatchObject({ path: "script" });
    expect(refusal({ ...avatar, audio_url: "https://example.com/a.mp3" }).details[0]?.message).toMatch(/only one of/);
    expect(refusal({ ...avatar, output_format: "webm", background: { type: "color", value: "#000000" } }).details[0]).toMatchObject({
      path: "background",
    });
    expect(refusal({ type: "image", script: "Hi.", voice_id: "v" }).details[0]).toMatchObject({ path: "image" });
    expect(refusal({ ...avatar, type: "studio" }).message).toMatch(/"studio" videos are not supported/);
    expect(refusal([1]).message).toMatch(/JSON object/);
  });

  it("takes the image from image, image_url or image_asset_id", () => {
    const base = { type: "image", script: "Hi.", voice_id: "v" };
    const one = (extra: object) => {
      const v = parseV3Video({ ...base, ...extra });
      if (v.type !== "image") throw new Error("not an image video");
      return v3Image(v);
    };
    expect(one({ image: { type: "asset_id", asset_id: "a1" } })).toEqual({ type: "asset_id", asset_id: "a1" });
    expect(one({ image_url: "https://example.com/p.png" })).toEqual({ type: "url", url: "https://example.com/p.png" });
    expect(one({ image_asset_id: "a2" })).toEqual({ type: "asset_id", asset_id: "a2" });
  });
});

describe("v3Dimension", () => {
  const dim = (extra: object, source: number | null = null) => v3Dimension(parseV3Video({ ...avatar, ...extra }), source);
  it("sets the short edge from resolution and the long edge from the ratio", () => {
    expect(dim({})).toEqual({ width: 1920, height: 1080 });
    expect(dim({ resolution: "720p", aspect_ratio: "9:16" })).toEqual({ width: 720, height: 1280 });
    expect(dim({ resolution: "4k" })).toEqual({ width: 3840, height: 2160 });
    expect(dim({ aspect_ratio: "4:5" })).toEqual({ width: 1080, height: 1350 });
    expect(dim({ aspect_ratio: "1:1", resolution: "720p" })).toEqual({ width: 720, height: 720 });
  });
  it("keeps the source's ratio for auto, 16:9 without one", () => {
    expect(dim({ aspect_ratio: "auto" }, 3 / 4)).toEqual({ width: 1080, height: 1440 });
    expect(dim({ aspect_ratio: "auto" })).toEqual({ width: 1920, height: 1080 });
  });
});

describe("v3VideoBody", () => {
  it("is the one-scene v2 request the v3 body means", () => {
    const v = parseV3Video({
      ...avatar,
      voice_settings: { speed: 1.2, pitch: 4.4, locale: "en-GB" },
      background: { type: "color", value: "#112233" },
      caption: { file_format: "srt", style: "default" },
      callback_id: "c1",
    });
    const request = parseVideoRequest(v3VideoBody(v, { kind: "avatar", avatarId: "avs_maya" }, undefined));
    expect(request.video_inputs).toHaveLength(1);
    expect(request.video_inputs[0]).toMatchObject({
      character: { type: "avatar", avatar_id: "avs_maya" },
      voice: { type: "text", input_text: "Hello there.", voice_id: "avs_voice_en_clara", speed: 1.2, pitch: 4, locale: "en-GB" },
      background: { type: "color", value: "#112233" },
    });
    expect(request).toMatchObject({ dimension: { width: 1920, height: 1080 }, caption: true, caption_mode: "burn_in", callback_id: "c1" });
  });

  it("captions as a file only for enable_caption or a caption without style", () => {
    const body = v3VideoBody(parseV3Video({ ...avatar, enable_caption: true }), { kind: "avatar", avatarId: "avs_maya" }, undefined);
    expect(body).toMatchObject({ caption: true, caption_mode: "file_only" });
  });

  it("fills an image video's frame with the photo (cover) when they face the same way, shows it whole otherwise", () => {
    const v = parseV3Video({
      type: "image",
      image_url: "https://example.com/p.png",
      script: "Hi.",
      voice_id: "v",
      expressiveness: "medium",
    });
    const photo = (width: number, height: number) => ({ kind: "photo" as const, photoId: "p1", width, height, faceX: width / 2 });
    const landscape = v3VideoBody(v, photo(1600, 1000), undefined) as { video_inputs: { character: Record<string, unknown> }[] };
    expect(landscape.video_inputs[0]!.character).toMatchObject({
      type: "talking_photo",
      talking_photo_id: "p1",
      talking_style: "expressive",
    });
    expect(landscape.video_inputs[0]!.character.scale).toBeCloseTo(16 / 9 / 1.6);
    const portrait = v3VideoBody(v, photo(800, 1000), undefined) as { video_inputs: { character: Record<string, unknown> }[] };
    expect(portrait.video_inputs[0]!.character).toMatchObject({ scale: 1, offset: { x: 0, y: 0 } });
  });

  it("plays a video URL given as an image background as a video", () => {
    const v = parseV3Video({ ...avatar, background: { type: "image", url: "https://example.com/bg.mp4" } });
    const body = v3VideoBody(v, { kind: "avatar", avatarId: "avs_maya" }, undefined) as { video_inputs: { background: unknown }[] };
    expect(body.video_inputs[0]!.background).toEqual({ type: "video", url: "https://example.com/bg.mp4", play_style: "loop" });
  });
});

describe("asV3Invalid", () => {
  it("renames the v2 paths of a one-scene request to the v3 fields", () => {
    const e = asV3Invalid(
      Invalid.fields(
        [
          { path: "video_inputs[0].voice.voice_id", message: "unknown voice; list voices with GET /v2/voices" },
          { path: "video_inputs[0].character.avatar_id", message: "unknown avatar" },
        ],
        3,
      ),
    );
    expect(e.details).toEqual([
      { path: "voice_id", message: "unknown voice; list voices with GET /v3/voices" },
      { path: "avatar_id", message: "unknown avatar" },
    ]);
    expect(e.message).toMatch(/^voice_id: /);
  });
});
