import { describe, expect, it } from "vitest";
import { DomainError } from "@/lib/errors";
import { normaliseVideoBody } from "@/lib/contract/normalise";
import { parseVideoRequest } from "@/lib/contract/parse";

// The tolerance rules of API-CONTRACT.md: what real clients send is accepted and normalised.

const silence = { type: "silence" };
const text = (extra: object = {}) => ({ type: "text", voice_id: "avs_voice_en_clara", input_text: "Hello", ...extra });
const body = (scene: object = {}, top: object = {}) => ({ video_inputs: [{ voice: silence, ...scene }], ...top });
const scene0 = (raw: unknown) => parseVideoRequest(raw).video_inputs[0]!;
const message = (raw: unknown) => {
  try {
    parseVideoRequest(raw);
  } catch (error) {
    expect(error).toBeInstanceOf(DomainError);
    return (error as DomainError).message;
  }
  throw new Error("expected a 400");
};

describe("unknown keys and nulls", () => {
  it("drops unknown keys at every level", () => {
    const raw = {
      extra: 1,
      dimension: { width: 1280, height: 720, depth: 3 },
      video_inputs: [
        {
          note: "x",
          character: { type: "avatar", avatar_id: "a", offset: { x: 0.1, y: 0, z: 9 }, colour: "red" },
          voice: text({ volume: 11, elevenlabs_settings: { model: "eleven_turbo_v2", seed: 3 } }),
          background: { type: "color", value: "#000", opacity: 0.5 },
        },
      ],
    };
    expect(normaliseVideoBody(raw)).toEqual({
      dimension: { width: 1280, height: 720 },
      video_inputs: [
        {
          character: { type: "avatar", avatar_id: "a", offset: { x: 0.1, y: 0 } },
          voice: text({ elevenlabs_settings: { model: "eleven_turbo_v2" } }),
          background: { type: "color", value: "#000" },
        },
      ],
    });
  });

  it("reads null for an optional field as absent, so its default applies", () => {
    const request = parseVideoRequest({
      title: null,
      caption: null,
      dimension: null,
      fps: null,
      test: null,
      video_inputs: [
        {
          character: {
            type: "avatar",
            avatar_id: "a",
            scale: null,
            avatar_style: null,
            offset: { x: null, y: null },
            circle_background_color: null,
          },
          voice: text({ speed: null, pitch: null, emotion: null, locale: null, elevenlabs_settings: null }),
          background: null,
        },
        { character: null, voice: silence },
      ],
    });
    expect(request.title).toBeUndefined();
    expect(request).toMatchObject({ caption: false, dimension: { width: 1920, height: 1080 }, fps: 25, test: false });
    expect(request.video_inputs[0]).toEqual({
      character: {
        type: "avatar",
        avatar_id: "a",
        scale: 1,
        avatar_style: "normal",
        offset: { x: 0, y: 0 },
        matting: false,
        circle_background_color: "#ffffff",
      },
      voice: { type: "text", voice_id: "avs_voice_en_clara", input_text: "Hello", speed: 1, pitch: 0 },
    });
    expect(request.video_inputs[1]!.character).toBeUndefined();
  });

  it("leaves its input untouched", () => {
    const raw = Object.freeze({
      fps: "30",
      video_inputs: Object.freeze([Object.freeze({ voice: Object.freeze({ type: "silence", duration: "2" }) })]),
    });
    const copy = structuredClone(raw);
    normaliseVideoBody(raw);
    expect(raw).toEqual(copy);
  });
});

describe("numbers and booleans sent as strings", () => {
  it("become numbers and booleans where the schema expects them", () => {
    const request = parseVideoRequest({
      caption: "true",
      test: "FALSE",
      fps: "30",
      dimension: { width: "1280", height: "720" },
      video_inputs: [
        {
          character: { type: "avatar", avatar_id: "a", scale: "1.1", offset: { x: "0.25", y: "-.5" }, matting: "true" },
          voice: text({ speed: "1.1", pitch: "-5", elevenlabs_settings: { stability: "0.5", similarity_boost: "1", style: "0" } }),
        },
        {
          character: { type: "talking_photo", talking_photo_id: "p", scale: "2", super_resolution: "true" },
          voice: { type: "silence", duration: "2.5" },
        },
      ],
    });
    expect(request).toMatchObject({ caption: true, test: false, fps: 30, dimension: { width: 1280, height: 720 } });
    expect(request.video_inputs[0]!.character).toMatchObject({ scale: 1.1, offset: { x: 0.25, y: -0.5 }, matting: true });
    expect(request.video_inputs[0]!.voice).toMatchObject({
      speed: 1.1,
      pitch: -5,
      elevenlabs_settings: { stability: 0.5, similarity_boost: 1, style: 0 },
    });
    expect(request.video_inputs[1]).toMatchObject({ character: { scale: 2, super_resolution: true }, voice: { duration: 2.5 } });
  });

  it("stay strings where the schema expects text", () => {
    const request = parseVideoRequest(
      body({ voice: text({ input_text: "123", voice_id: "1" }) }, { title: "false", callback_id: "1.1", folder_id: "2" }),
    );
    expect(request).toMatchObject({ title: "false", callback_id: "1.1", folder_id: "2" });
    expect(request.video_inputs[0]!.voice).toMatchObject({ input_text: "123", voice_id: "1" });
  });

  it("are refused when they do not read as a number or boolean", () => {
    expect(message(body({ voice: text({ speed: "fast" }) }))).toBe('video_inputs[0].voice.speed: must be between 0.5 and 1.5, got "fast"');
    expect(message(body({ voice: text({ speed: "" }) }))).toBe('video_inputs[0].voice.speed: must be between 0.5 and 1.5, got ""');
    expect(message(body({}, { caption: "1" }))).toBe('caption: must be true or false, got "1"');
    expect(message(body({}, { caption: 1 }))).toBe("caption: must be true or false, got 1");
  });
});

describe("empty strings for optional enums", () => {
  it("are absent, so the default applies", () => {
    const request = parseVideoRequest({
      caption: true,
      caption_mode: "",
      video_inputs: [
        {
          character: { type: "avatar", avatar_id: "a", avatar_style: "" },
          voice: text({ emotion: "", locale: "", elevenlabs_settings: { model: "" } }),
          background: { type: "image", image_asset_id: "i", fit: "" },
        },
        {
          character: { type: "talking_photo", talking_photo_id: "p", talking_photo_style: "", talking_style: "", expression: "" },
          voice: silence,
          background: { type: "video", video_asset_id: "v", play_style: " ", fit: "" },
        },
      ],
    });
    expect(request.caption_mode).toBe("burn_in");
    const [first, second] = request.video_inputs;
    expect(first!.character).toMatchObject({ avatar_style: "normal" });
    expect(first!.voice).toEqual({
      type: "text",
      voice_id: "avs_voice_en_clara",
      input_text: "Hello",
      speed: 1,
      pitch: 0,
      elevenlabs_settings: {},
    });
    expect(first!.background).toMatchObject({ fit: "cover" });
    expect(second!.character).toMatchObject({ talking_photo_style: "square", talking_style: "stable", expression: "default" });
    expect(second!.background).toMatchObject({ play_style: "freeze", fit: "cover" });
  });
});

describe("the extra fields HeyGen clients send", () => {
  it("keeps test and echoes it", () => {
    expect(parseVideoRequest(body({}, { test: true })).test).toBe(true);
    expect(parseVideoRequest(body()).test).toBe(false);
  });

  it.each([
    ["16:9", { width: 1920, height: 1080 }],
    ["9:16", { width: 1080, height: 1920 }],
    ["1:1", { width: 1080, height: 1080 }],
    ["4:3", { width: 1920, height: 1080 }],
    ["constructor", { width: 1920, height: 1080 }],
  ])("maps aspect_ratio %s to a dimension when none is given", (ratio, dimension) => {
    expect(parseVideoRequest(body({}, { aspect_ratio: ratio })).dimension).toEqual(dimension);
  });

  it("lets an explicit dimension win over aspect_ratio", () => {
    expect(parseVideoRequest(body({}, { aspect_ratio: "9:16", dimension: { width: 640, height: 480 } })).dimension).toEqual({
      width: 640,
      height: 480,
    });
  });

  it.each([
    [24, 24],
    [25, 25],
    [30, 30],
    [50, 50],
    [60, 60],
    ["60", 60],
    [23.976, 25],
    [120, 25],
    ["abc", 25],
    [true, 25],
    [undefined, 25],
  ])("renders fps %s at %s", (fps, expected) => {
    expect(parseVideoRequest(body({}, { fps })).fps).toBe(expected);
  });

  it.each(["file_only", "burn_in"])("keeps caption_mode %s", (mode) => {
    expect(parseVideoRequest(body({}, { caption: true, caption_mode: mode })).caption_mode).toBe(mode);
  });

  it("reads value as url for image and video backgrounds, url winning when both are sent", () => {
    expect(scene0(body({ background: { type: "image", value: "https://example.com/a.png" } })).background).toEqual({
      type: "image",
      url: "https://example.com/a.png",
      fit: "cover",
    });
    expect(scene0(body({ background: { type: "video", value: "https://example.com/v.mp4" } })).background).toMatchObject({
      type: "video",
      url: "https://example.com/v.mp4",
    });
    expect(
      scene0(body({ background: { type: "image", url: "https://example.com/u.png", value: "https://example.com/v.png" } })).background,
    ).toMatchObject({ url: "https://example.com/u.png" });
  });

  it("infers a background's type only where it is not ambiguous", () => {
    expect(scene0(body({ background: { value: "#123456" } })).background).toEqual({ type: "color", value: "#123456" });
    expect(scene0(body({ background: { image_asset_id: "i" } })).background).toMatchObject({ type: "image", image_asset_id: "i" });
    expect(scene0(body({ background: { video_asset_id: "v" } })).background).toMatchObject({ type: "video", video_asset_id: "v" });
    expect(message(body({ background: { url: "https://example.com/x" } }))).toBe(
      "video_inputs[0].background.type: must be one of color, image, video, got nothing",
    );
  });

  it("reads the misspelling elevanlabs_settings, preferring the right spelling", () => {
    expect(scene0(body({ voice: text({ elevanlabs_settings: { model: "eleven_turbo_v2", stability: "0.3" } }) })).voice).toMatchObject({
      elevenlabs_settings: { model: "eleven_turbo_v2", stability: 0.3 },
    });
    expect(scene0(body({ voice: text({ elevenlabs_settings: { style: 1 }, elevanlabs_settings: { style: 0 } }) })).voice).toMatchObject({
      elevenlabs_settings: { style: 1 },
    });
  });

  it.each([
    ["circle", "circle"],
    ["Circle", "circle"],
    ["normal", "square"],
    ["closeUp", "square"],
  ])("maps avatar_style %s on a talking photo to talking_photo_style %s", (style, expected) => {
    const character = scene0(body({ character: { type: "talking_photo", talking_photo_id: "p", avatar_style: style } })).character;
    expect(character).toMatchObject({ talking_photo_style: expected });
    expect(character).not.toHaveProperty("avatar_style");
  });

  it("lets talking_photo_style win over avatar_style", () => {
    const character = scene0(
      body({ character: { type: "talking_photo", talking_photo_id: "p", avatar_style: "circle", talking_photo_style: "square" } }),
    ).character;
    expect(character).toMatchObject({ talking_photo_style: "square" });
  });

  it("keeps callback_id without callback_url", () => {
    const request = parseVideoRequest(body({}, { callback_id: "order-42" }));
    expect(request.callback_id).toBe("order-42");
    expect(request.callback_url).toBeUndefined();
  });

  it.each([
    ["excited", "Excited"],
    ["FRIENDLY", "Friendly"],
    ["Serious", "Serious"],
    ["sOoThInG", "Soothing"],
    [" broadcaster ", "Broadcaster"],
  ])("matches emotion %s case-insensitively as %s", (given, canonical) => {
    expect(scene0(body({ voice: text({ emotion: given }) })).voice).toMatchObject({ emotion: canonical });
  });
});

describe("look ids from /v2/avatar_group/{id}/avatars", () => {
  it("name the presenter and its style; an explicit avatar_style wins; other ids pass as they are", () => {
    const character = (c: object) => scene0(body({ character: { type: "avatar", ...c } })).character;
    expect(character({ avatar_id: "avs_presenter_maya__closeUp" })).toMatchObject({
      avatar_id: "avs_presenter_maya",
      avatar_style: "closeUp",
    });
    expect(character({ avatar_id: "avs_presenter_maya__circle", avatar_style: "normal" })).toMatchObject({
      avatar_id: "avs_presenter_maya",
      avatar_style: "normal",
    });
    expect(character({ avatar_id: "avs_presenter_maya" })).toMatchObject({ avatar_id: "avs_presenter_maya", avatar_style: "normal" });
    expect(character({ avatar_id: "someone__square" })).toMatchObject({ avatar_id: "someone__square" });
  });
});
