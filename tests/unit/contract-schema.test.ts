import { describe, expect, it } from "vitest";
import { z } from "zod";
import { DomainError } from "@/lib/errors";
import { toApiError } from "@/lib/api/to-api-error";
import { hasExplicitBackground, sceneBackground } from "@/lib/contract/background";
import { outputFormat } from "@/lib/contract/output-format";
import { parseVideoRequest } from "@/lib/contract/parse";
import { videoRequestSchema, type VideoRequest } from "@/lib/contract/schema";

// The validation rules of POST /v2/video/generate, each with the exact sentence a client reads.

const silence = { type: "silence" };
const text = (extra: object = {}) => ({ type: "text", voice_id: "avs_voice_en_clara", input_text: "Hello", ...extra });
const avatar = (extra: object = {}) => ({ type: "avatar", avatar_id: "avs_presenter_maya", ...extra });
const photo = (extra: object = {}) => ({ type: "talking_photo", talking_photo_id: "tp_1", ...extra });
const body = (scene: object = {}, top: object = {}) => ({ video_inputs: [{ voice: silence, ...scene }], ...top });
const scenes = (n: number) => ({ video_inputs: Array.from({ length: n }, () => ({ voice: silence })) });

function refusal(raw: unknown): string {
  try {
    parseVideoRequest(raw);
  } catch (error) {
    expect(error).toBeInstanceOf(DomainError);
    expect(toApiError(error, "test").status).toBe(400);
    expect(toApiError(error, "test").code).toBe("invalid_parameter");
    return (error as DomainError).message;
  }
  throw new Error("expected a 400");
}

const S = "video_inputs[0]";
// [rule, body, null when accepted | the exact message when refused]
const rules: [string, unknown, string | null][] = [
  // scenes
  ["1 scene", scenes(1), null],
  ["50 scenes", scenes(50), null],
  ["0 scenes", scenes(0), "video_inputs: must contain between 1 and 50 scenes, got 0"],
  ["51 scenes", scenes(51), "video_inputs: must contain between 1 and 50 scenes, got 51"],
  ["no video_inputs", {}, "video_inputs: must contain between 1 and 50 scenes, got nothing"],
  ["video_inputs not a list", { video_inputs: {} }, "video_inputs: must contain between 1 and 50 scenes, got an object"],
  ["a scene that is not an object", { video_inputs: [5] }, `${S}: must be an object, got 5`],
  ["a body that is not an object", [], "body: must be a JSON object, got a list"],
  ["no voice", { video_inputs: [{}] }, `${S}.voice: is required`],
  ["voice not an object", { video_inputs: [{ voice: "hi" }] }, `${S}.voice: must be an object, got "hi"`],
  // avatar
  ["avatar scale just above 0", body({ character: avatar({ scale: 0.001 }) }), null],
  ["avatar scale 5", body({ character: avatar({ scale: 5 }) }), null],
  ["avatar scale 0", body({ character: avatar({ scale: 0 }) }), `${S}.character.scale: must be greater than 0 and at most 5, got 0`],
  [
    "avatar scale 5.01",
    body({ character: avatar({ scale: 5.01 }) }),
    `${S}.character.scale: must be greater than 0 and at most 5, got 5.01`,
  ],
  ["avatar_style normal", body({ character: avatar({ avatar_style: "normal" }) }), null],
  ["avatar_style circle", body({ character: avatar({ avatar_style: "circle" }) }), null],
  ["avatar_style closeUp", body({ character: avatar({ avatar_style: "closeUp" }) }), null],
  [
    "avatar_style wrong",
    body({ character: avatar({ avatar_style: "closeup" }) }),
    `${S}.character.avatar_style: must be one of normal, circle, closeUp, got "closeup"`,
  ],
  ["avatar without id", body({ character: { type: "avatar" } }), `${S}.character.avatar_id: is required`],
  ["avatar id empty", body({ character: avatar({ avatar_id: "" }) }), `${S}.character.avatar_id: must not be empty`],
  ["offset not numbers", body({ character: avatar({ offset: { x: "left" } }) }), `${S}.character.offset.x: must be a number, got "left"`],
  ["matting not a boolean", body({ character: avatar({ matting: "yes" }) }), `${S}.character.matting: must be true or false, got "yes"`],
  ["circle colour #abc", body({ character: avatar({ circle_background_color: "#abc" }) }), null],
  ["circle colour #A1B2C3", body({ character: avatar({ circle_background_color: "#A1B2C3" }) }), null],
  [
    "circle colour named",
    body({ character: avatar({ circle_background_color: "white" }) }),
    `${S}.character.circle_background_color: must be a hex colour like #ffffff or #fff, got "white"`,
  ],
  [
    "character type wrong",
    body({ character: { type: "robot" } }),
    `${S}.character.type: must be one of avatar, talking_photo, got "robot"`,
  ],
  ["character type missing", body({ character: {} }), `${S}.character.type: must be one of avatar, talking_photo, got nothing`],
  // talking photo
  ["photo scale 2", body({ character: photo({ scale: 2 }) }), null],
  ["photo scale 0", body({ character: photo({ scale: 0 }) }), `${S}.character.scale: must be greater than 0 and at most 2, got 0`],
  ["photo scale 2.01", body({ character: photo({ scale: 2.01 }) }), `${S}.character.scale: must be greater than 0 and at most 2, got 2.01`],
  ["talking_photo_style square", body({ character: photo({ talking_photo_style: "square" }) }), null],
  ["talking_photo_style circle", body({ character: photo({ talking_photo_style: "circle" }) }), null],
  [
    "talking_photo_style wrong",
    body({ character: photo({ talking_photo_style: "oval" }) }),
    `${S}.character.talking_photo_style: must be one of square, circle, got "oval"`,
  ],
  ["talking_style stable", body({ character: photo({ talking_style: "stable" }) }), null],
  ["talking_style expressive", body({ character: photo({ talking_style: "expressive" }) }), null],
  [
    "talking_style wrong",
    body({ character: photo({ talking_style: "wild" }) }),
    `${S}.character.talking_style: must be one of stable, expressive, got "wild"`,
  ],
  ["expression default", body({ character: photo({ expression: "default" }) }), null],
  ["expression happy", body({ character: photo({ expression: "happy" }) }), null],
  [
    "expression wrong",
    body({ character: photo({ expression: "sad" }) }),
    `${S}.character.expression: must be one of default, happy, got "sad"`,
  ],
  [
    "super_resolution wrong",
    body({ character: photo({ super_resolution: 1 }) }),
    `${S}.character.super_resolution: must be true or false, got 1`,
  ],
  // text voice
  ["speed 0.5", body({ voice: text({ speed: 0.5 }) }), null],
  ["speed 1.5", body({ voice: text({ speed: 1.5 }) }), null],
  ["speed 0.49", body({ voice: text({ speed: 0.49 }) }), `${S}.voice.speed: must be between 0.5 and 1.5, got 0.49`],
  ["speed 1.51", body({ voice: text({ speed: 1.51 }) }), `${S}.voice.speed: must be between 0.5 and 1.5, got 1.51`],
  ["pitch -50", body({ voice: text({ pitch: -50 }) }), null],
  ["pitch 50", body({ voice: text({ pitch: 50 }) }), null],
  ["pitch -51", body({ voice: text({ pitch: -51 }) }), `${S}.voice.pitch: must be a whole number between -50 and 50, got -51`],
  ["pitch 51", body({ voice: text({ pitch: 51 }) }), `${S}.voice.pitch: must be a whole number between -50 and 50, got 51`],
  ["pitch 2.5", body({ voice: text({ pitch: 2.5 }) }), `${S}.voice.pitch: must be a whole number between -50 and 50, got 2.5`],
  ["input_text 5000", body({ voice: text({ input_text: "a".repeat(5000) }) }), null],
  [
    "input_text 5001",
    body({ voice: text({ input_text: "a".repeat(5001) }) }),
    `${S}.voice.input_text: must be at most 5000 characters, got 5001`,
  ],
  ["input_text empty", body({ voice: text({ input_text: "" }) }), `${S}.voice.input_text: must not be empty`],
  [
    "input_text only pauses",
    body({ voice: text({ input_text: ' <break time="1s"/> ' }) }),
    `${S}.voice.input_text: must contain words to speak, not only spaces or pauses`,
  ],
  ["input_text missing", body({ voice: { type: "text", voice_id: "v" } }), `${S}.voice.input_text: is required`],
  ["voice_id missing", body({ voice: { type: "text", input_text: "Hi" } }), `${S}.voice.voice_id: is required`],
  ...["Excited", "Friendly", "Serious", "Soothing", "Broadcaster"].map((e): [string, unknown, null] => [
    `emotion ${e}`,
    body({ voice: text({ emotion: e }) }),
    null,
  ]),
  [
    "emotion wrong",
    body({ voice: text({ emotion: "Angry" }) }),
    `${S}.voice.emotion: must be one of Excited, Friendly, Serious, Soothing, Broadcaster, got "Angry"`,
  ],
  ["locale pt-BR", body({ voice: text({ locale: "pt-BR" }) }), null],
  ["locale malformed", body({ voice: text({ locale: "en_US" }) }), `${S}.voice.locale: must be a locale like en-US or pt-BR, got "en_US"`],
  ...["eleven_monolingual_v1", "eleven_multilingual_v1", "eleven_multilingual_v2", "eleven_turbo_v2", "eleven_turbo_v2_5"].map(
    (model): [string, unknown, null] => [`model ${model}`, body({ voice: text({ elevenlabs_settings: { model } }) }), null],
  ),
  [
    "model wrong",
    body({ voice: text({ elevenlabs_settings: { model: "eleven_v9" } }) }),
    `${S}.voice.elevenlabs_settings.model: must be one of eleven_monolingual_v1, eleven_multilingual_v1, eleven_multilingual_v2, eleven_turbo_v2, eleven_turbo_v2_5, eleven_flash_v2_5, eleven_v3, got "eleven_v9"`,
  ],
  ...["similarity_boost", "stability", "style"].flatMap((k): [string, unknown, string | null][] => [
    [`${k} 0`, body({ voice: text({ elevenlabs_settings: { [k]: 0 } }) }), null],
    [`${k} 1`, body({ voice: text({ elevenlabs_settings: { [k]: 1 } }) }), null],
    [
      `${k} -0.01`,
      body({ voice: text({ elevenlabs_settings: { [k]: -0.01 } }) }),
      `${S}.voice.elevenlabs_settings.${k}: must be between 0 and 1, got -0.01`,
    ],
    [
      `${k} 1.01`,
      body({ voice: text({ elevenlabs_settings: { [k]: 1.01 } }) }),
      `${S}.voice.elevenlabs_settings.${k}: must be between 0 and 1, got 1.01`,
    ],
  ]),
  // audio and silence voices
  ["audio by url", body({ voice: { type: "audio", audio_url: "https://example.com/a.mp3" } }), null],
  ["audio by asset", body({ voice: { type: "audio", audio_asset_id: "a1" } }), null],
  ["audio with neither", body({ voice: { type: "audio" } }), `${S}.voice: needs audio_url or audio_asset_id`],
  [
    "audio file: url",
    body({ voice: { type: "audio", audio_url: "file:///etc/passwd" } }),
    `${S}.voice.audio_url: must be an http or https URL, got "file:///etc/passwd"`,
  ],
  ["silence 1", body({ voice: { type: "silence", duration: 1 } }), null],
  ["silence 100", body({ voice: { type: "silence", duration: 100 } }), null],
  ["silence 0.99", body({ voice: { type: "silence", duration: 0.99 } }), `${S}.voice.duration: must be between 1 and 100, got 0.99`],
  ["silence 100.01", body({ voice: { type: "silence", duration: 100.01 } }), `${S}.voice.duration: must be between 1 and 100, got 100.01`],
  ["voice type wrong", body({ voice: { type: "tts" } }), `${S}.voice.type: must be one of text, audio, silence, got "tts"`],
  // backgrounds
  ["colour #fff", body({ background: { type: "color", value: "#fff" } }), null],
  [
    "colour rgb()",
    body({ background: { type: "color", value: "rgb(0,0,0)" } }),
    `${S}.background.value: must be a hex colour like #ffffff or #fff, got "rgb(0,0,0)"`,
  ],
  [
    "colour 4 digits",
    body({ background: { type: "color", value: "#ffff" } }),
    `${S}.background.value: must be a hex colour like #ffffff or #fff, got "#ffff"`,
  ],
  ...["cover", "crop", "contain", "none"].map((fit): [string, unknown, null] => [
    `image fit ${fit}`,
    body({ background: { type: "image", image_asset_id: "i", fit } }),
    null,
  ]),
  [
    "image fit wrong",
    body({ background: { type: "image", image_asset_id: "i", fit: "stretch" } }),
    `${S}.background.fit: must be one of cover, crop, contain, none, got "stretch"`,
  ],
  ["image with neither", body({ background: { type: "image", fit: "cover" } }), `${S}.background: needs url or image_asset_id`],
  [
    "image ftp url",
    body({ background: { type: "image", url: "ftp://example.com/a.png" } }),
    `${S}.background.url: must be an http or https URL, got "ftp://example.com/a.png"`,
  ],
  ...["fit_to_scene", "freeze", "loop", "once", "full_video"].map((p): [string, unknown, null] => [
    `play_style ${p}`,
    body({ background: { type: "video", video_asset_id: "v", play_style: p } }),
    null,
  ]),
  [
    "play_style wrong",
    body({ background: { type: "video", video_asset_id: "v", play_style: "bounce" } }),
    `${S}.background.play_style: must be one of fit_to_scene, freeze, loop, once, full_video, got "bounce"`,
  ],
  [
    "video fit wrong",
    body({ background: { type: "video", video_asset_id: "v", fit: "fill" } }),
    `${S}.background.fit: must be one of cover, crop, contain, none, got "fill"`,
  ],
  ["video with neither", body({ background: { type: "video" } }), `${S}.background: needs url or video_asset_id`],
  [
    "video data: url",
    body({ background: { type: "video", url: "data:video/mp4;base64,AAAA" } }),
    `${S}.background.url: must be an http or https URL, got "data:video/mp4;base64,AAAA"`,
  ],
  [
    "background type wrong",
    body({ background: { type: "gradient" } }),
    `${S}.background.type: must be one of color, image, video, got "gradient"`,
  ],
  // top level
  ["dimension 128x4096", body({}, { dimension: { width: 128, height: 4096 } }), null],
  [
    "width 126",
    body({}, { dimension: { width: 126, height: 720 } }),
    "dimension.width: must be an even number between 128 and 4096, got 126",
  ],
  [
    "width 4098",
    body({}, { dimension: { width: 4098, height: 720 } }),
    "dimension.width: must be an even number between 128 and 4096, got 4098",
  ],
  [
    "width 721",
    body({}, { dimension: { width: 721, height: 720 } }),
    "dimension.width: must be an even number between 128 and 4096, got 721",
  ],
  [
    "height 127",
    body({}, { dimension: { width: 1280, height: 127 } }),
    "dimension.height: must be an even number between 128 and 4096, got 127",
  ],
  [
    "height missing",
    body({}, { dimension: { width: 1280 } }),
    "dimension.height: must be an even number between 128 and 4096, got nothing",
  ],
  ["caption_mode file_only", body({}, { caption: true, caption_mode: "file_only" }), null],
  ["caption_mode wrong", body({}, { caption_mode: "both" }), `caption_mode: must be one of file_only, burn_in, got "both"`],
  ["title 255", body({}, { title: "t".repeat(255) }), null],
  ["title 256", body({}, { title: "t".repeat(256) }), "title: must be at most 255 characters, got 256"],
  ["title a number", body({}, { title: 5 }), "title: must be text, got 5"],
  ["callback_id 255", body({}, { callback_id: "c".repeat(255) }), null],
  ["callback_id 256", body({}, { callback_id: "c".repeat(256) }), "callback_id: must be at most 255 characters, got 256"],
  ["callback_url http", body({}, { callback_url: "http://example.com/hook" }), null],
  [
    "callback_url javascript:",
    body({}, { callback_url: "javascript:alert(1)" }),
    `callback_url: must be an http or https URL, got "javascript:alert(1)"`,
  ],
  [
    "callback_url without scheme",
    body({}, { callback_url: "example.com/hook" }),
    `callback_url: must be an http or https URL, got "example.com/hook"`,
  ],
  ["folder_id not a string", body({}, { folder_id: 7 }), "folder_id: must be a string id, got 7"],
  ["test not a boolean", body({}, { test: "maybe" }), `test: must be true or false, got "maybe"`],
  ["output_format mp4", body({}, { output_format: "mp4" }), null],
  ["output_format webm", body({}, { output_format: "webm" }), null],
  ["output_format WebM", body({}, { output_format: "WebM" }), null],
  ["output_format avi", body({}, { output_format: "avi" }), `output_format: must be one of mp4, webm, got "avi"`],
  ["output_format a number", body({}, { output_format: 4 }), "output_format: must be one of mp4, webm, got 4"],
];

describe("contract rules", () => {
  it.each(rules)("%s", (_rule, raw, message) => {
    if (message === null) expect(() => parseVideoRequest(raw)).not.toThrow();
    else expect(refusal(raw)).toBe(message);
  });

  it("reports up to three problems, joined with '; '", () => {
    const raw = { video_inputs: [{ voice: text({ speed: 9, pitch: 99 }), background: { type: "image" } }], title: 1, test: "x" };
    expect(refusal(raw)).toBe(
      "video_inputs[0].voice.speed: must be between 0.5 and 1.5, got 9; video_inputs[0].voice.pitch: must be a whole number between -50 and 50, got 99; video_inputs[0].background: needs url or image_asset_id",
    );
  });

  it("refuses a video whose voice would pass 60 minutes", () => {
    const raw = { video_inputs: Array.from({ length: 37 }, () => ({ voice: { type: "silence", duration: 100 } })) };
    expect(refusal(raw)).toBe("video_inputs: the voice would last about 62 minutes; a video may have at most 60 minutes of voice");
    expect(() =>
      parseVideoRequest({ video_inputs: Array.from({ length: 36 }, () => ({ voice: { type: "silence", duration: 100 } })) }),
    ).not.toThrow();
  });
});

describe("defaults", () => {
  it("fill every field of a minimal avatar scene", () => {
    const request: VideoRequest = parseVideoRequest({ video_inputs: [{ character: avatar(), voice: text() }] });
    expect(request).toEqual({
      video_inputs: [
        {
          character: {
            type: "avatar",
            avatar_id: "avs_presenter_maya",
            scale: 1,
            avatar_style: "normal",
            offset: { x: 0, y: 0 },
            matting: false,
            circle_background_color: "#ffffff",
          },
          voice: { type: "text", voice_id: "avs_voice_en_clara", input_text: "Hello", speed: 1, pitch: 0 },
        },
      ],
      dimension: { width: 1920, height: 1080 },
      caption: false,
      caption_mode: "burn_in",
      test: false,
      fps: 25,
      output_format: "mp4",
    });
  });

  it("fill a talking photo, a silence and image and video backgrounds", () => {
    const request = parseVideoRequest({
      video_inputs: [
        { character: photo(), voice: silence, background: { type: "image", url: "https://example.com/a.png" } },
        { voice: { type: "audio", audio_asset_id: "a" }, background: { type: "video", video_asset_id: "v" } },
        { voice: silence, background: { type: "color" } },
      ],
    });
    expect(request.video_inputs).toEqual([
      {
        character: {
          type: "talking_photo",
          talking_photo_id: "tp_1",
          scale: 1,
          talking_photo_style: "square",
          offset: { x: 0, y: 0 },
          talking_style: "stable",
          expression: "default",
          super_resolution: false,
          matting: false,
          circle_background_color: "#ffffff",
        },
        voice: { type: "silence", duration: 1 },
        background: { type: "image", url: "https://example.com/a.png", fit: "cover" },
      },
      {
        voice: { type: "audio", audio_asset_id: "a" },
        background: { type: "video", video_asset_id: "v", play_style: "freeze", fit: "cover" },
      },
      // An explicit colour background without its value: the default colour.
      { voice: { type: "silence", duration: 1 }, background: { type: "color", value: "#f6f6fc" } },
    ]);
  });
});

describe("output_format and the scene background", () => {
  it("defaults to mp4, reads webm in any case, and keeps a missing background missing", () => {
    expect(parseVideoRequest(body()).output_format).toBe("mp4");
    expect(parseVideoRequest(body({}, { output_format: " WEBM " })).output_format).toBe("webm");
    expect(parseVideoRequest(body({}, { output_format: "" })).output_format).toBe("mp4");
    const request = parseVideoRequest({
      output_format: "webm",
      video_inputs: [
        { voice: silence },
        { voice: silence, background: null },
        { voice: silence, background: { type: "color", value: "#f6f6fc" } },
        { voice: silence, background: { value: "#102030" } },
      ],
    });
    expect(request.video_inputs.map(hasExplicitBackground)).toEqual([false, false, true, true]);
    expect(request.video_inputs.map(sceneBackground)).toEqual([
      { type: "color", value: "#f6f6fc" },
      { type: "color", value: "#f6f6fc" },
      { type: "color", value: "#f6f6fc" },
      { type: "color", value: "#102030" },
    ]);
  });

  it("a request stored before output_format existed is an MP4", () => {
    expect(outputFormat({} as VideoRequest)).toBe("mp4");
    expect(outputFormat({ output_format: "webm" })).toBe("webm");
  });
});

describe("JSON Schema export", () => {
  it("converts the input schema for the OpenAPI document, ranges included", () => {
    const json = z.toJSONSchema(videoRequestSchema, { io: "input" }) as { properties: Record<string, unknown>; required: string[] };
    expect(json.required).toEqual(["video_inputs"]);
    const text = JSON.stringify(json);
    expect(text).toContain('"multipleOf":2');
    expect(text).toContain('"minimum":0.5,"maximum":1.5');
    for (const key of ["talking_photo_id", "elevenlabs_settings", "play_style", "full_video", "caption_mode", "fps"])
      expect(text).toContain(key);
  });
});
