import { describe, expect, it, vi } from "vitest";
import { DomainError } from "@/lib/errors";
import { toApiError } from "@/lib/api/to-api-error";
import { fillExample } from "@/lib/contract/examples";
import { parseVideoRequest } from "@/lib/contract/parse";
import { resolveVideoRequest, type ResolveLookups } from "@/lib/contract/resolve";

// Catalog- and team-dependent checks, with the team's objects faked by injected lookups.

const assets: Record<string, "image" | "video" | "audio"> = { img: "image", vid: "video", aud: "audio" };
const lookups = (): ResolveLookups => ({
  assetType: vi.fn(async (id: string) => assets[id] ?? null),
  folderExists: vi.fn(async (id: string) => id === "folder"),
  talkingPhotoExists: vi.fn(async (id: string) => id === "photo"),
});
const ids = { image_asset_id: "img", video_asset_id: "vid", audio_asset_id: "aud", folder_id: "folder", talking_photo_id: "photo" };

const text = (extra: object = {}) => ({ type: "text", voice_id: "avs_voice_en_clara", input_text: "Hello", ...extra });
const resolve = (raw: unknown, l = lookups()) => resolveVideoRequest(parseVideoRequest(raw), l);
async function refusal(raw: unknown): Promise<string> {
  const error = await resolve(raw).then(
    () => new Error("expected a 400"),
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(DomainError);
  expect(toApiError(error, "test").status).toBe(400);
  return (error as DomainError).message;
}
const scene = (s: object) => ({ video_inputs: [{ voice: { type: "silence" }, ...s }] });

describe("resolveVideoRequest", () => {
  it("accepts both examples once their placeholders name the team's objects", async () => {
    const everyField = await resolve(fillExample("every-field", ids));
    // The builtin voice drops ElevenLabs settings but keeps emotion and a locale it speaks.
    expect(everyField.video_inputs[0]!.voice).toEqual({
      type: "text",
      voice_id: "avs_voice_en_clara",
      input_text: expect.stringContaining("Welcome"),
      speed: 1.1,
      pitch: 5,
      emotion: "Friendly",
      locale: "en-GB",
    });
    const photo = await resolve(fillExample("talking-photo", ids));
    expect(photo.video_inputs[0]!.voice).toMatchObject({ emotion: "Excited", locale: "pt-BR" });
  });

  it.each([
    [
      scene({ character: { type: "avatar", avatar_id: "nobody" } }),
      'video_inputs[0].character.avatar_id: unknown avatar "nobody"; list avatars with GET /v2/avatars',
    ],
    [
      scene({ character: { type: "talking_photo", talking_photo_id: "p2" } }),
      'video_inputs[0].character.talking_photo_id: unknown talking photo "p2"; list talking photos with GET /v2/avatars',
    ],
    [scene({ voice: text({ voice_id: "x" }) }), 'video_inputs[0].voice.voice_id: unknown voice "x"; list voices with GET /v2/voices'],
    [
      scene({ voice: { type: "audio", audio_asset_id: "gone" } }),
      'video_inputs[0].voice.audio_asset_id: unknown asset "gone"; list assets with GET /v1/asset/list',
    ],
    [
      scene({ voice: { type: "audio", audio_asset_id: "img" } }),
      'video_inputs[0].voice.audio_asset_id: asset "img" is an image, not audio',
    ],
    [
      scene({ background: { type: "image", image_asset_id: "vid" } }),
      'video_inputs[0].background.image_asset_id: asset "vid" is a video, not an image',
    ],
    [
      scene({ background: { type: "video", video_asset_id: "aud" } }),
      'video_inputs[0].background.video_asset_id: asset "aud" is audio, not a video',
    ],
    [{ ...scene({}), folder_id: "f9" }, 'folder_id: unknown folder "f9"; list folders with GET /v1/folders'],
  ])("refuses %j", async (raw, message) => {
    expect(await refusal(raw)).toBe(message);
  });

  it("names the scene of the unknown voice", async () => {
    const raw = { video_inputs: [{ voice: text() }, { voice: text({ voice_id: "x" }) }] };
    expect(await refusal(raw)).toBe('video_inputs[1].voice.voice_id: unknown voice "x"; list voices with GET /v2/voices');
  });

  it("reports up to three problems in field order", async () => {
    const raw = {
      folder_id: "f9",
      video_inputs: [
        {
          character: { type: "avatar", avatar_id: "a1" },
          voice: text({ voice_id: "v1" }),
          background: { type: "image", image_asset_id: "i1" },
        },
        { voice: text({ voice_id: "v2" }) },
      ],
    };
    expect(await refusal(raw)).toBe(
      'folder_id: unknown folder "f9"; list folders with GET /v1/folders; video_inputs[0].character.avatar_id: unknown avatar "a1"; list avatars with GET /v2/avatars; video_inputs[0].voice.voice_id: unknown voice "v1"; list voices with GET /v2/voices',
    );
  });

  it("drops emotion and locale for a voice that supports neither", async () => {
    const request = await resolve(scene({ voice: text({ voice_id: "avs_voice_en_us_kal", emotion: "Serious", locale: "en-GB" }) }));
    expect(request.video_inputs[0]!.voice).toEqual({
      type: "text",
      voice_id: "avs_voice_en_us_kal",
      input_text: "Hello",
      speed: 1,
      pitch: 0,
    });
  });

  it("drops locale for a single-accent voice, keeping its emotion", async () => {
    const request = await resolve(scene({ voice: text({ voice_id: "avs_voice_de_lukas", emotion: "serious", locale: "fr-FR" }) }));
    expect(request.video_inputs[0]!.voice).toEqual({
      type: "text",
      voice_id: "avs_voice_de_lukas",
      input_text: "Hello",
      speed: 1,
      pitch: 0,
      emotion: "Serious",
    });
  });

  it("matches a supported locale case-insensitively and refuses an unknown one, listing the allowed", async () => {
    const request = await resolve(scene({ voice: text({ locale: "en-in" }) }));
    expect(request.video_inputs[0]!.voice).toMatchObject({ locale: "en-IN" });
    expect(await refusal(scene({ voice: text({ locale: "fr-FR" }) }))).toBe(
      'video_inputs[0].voice.locale: must be one of en-US, en-GB, en-IN, en-AU for voice "avs_voice_en_clara", got "fr-FR"',
    );
  });

  it("keeps ElevenLabs settings for an ElevenLabs voice of the team's catalog", async () => {
    const l: ResolveLookups = {
      ...lookups(),
      voice: async (id) =>
        id === "elevenlabs_rachel" ? { emotion_support: false, support_locale: false, locales: [], elevenlabs: true } : null,
    };
    const request = await resolve(
      scene({ voice: text({ voice_id: "elevenlabs_rachel", elevenlabs_settings: { model: "eleven_turbo_v2_5", stability: 0.4 } }) }),
      l,
    );
    expect(request.video_inputs[0]!.voice).toMatchObject({ elevenlabs_settings: { model: "eleven_turbo_v2_5", stability: 0.4 } });
  });

  it("looks each id up once however many scenes use it, and leaves the input request alone", async () => {
    const l = lookups();
    const parsed = parseVideoRequest({
      video_inputs: Array.from({ length: 50 }, () => ({
        voice: { type: "audio", audio_asset_id: "aud" },
        background: { type: "image", image_asset_id: "img" },
      })),
    });
    const before = structuredClone(parsed);
    await resolveVideoRequest(parsed, l);
    expect(l.assetType).toHaveBeenCalledTimes(2);
    expect(parsed).toEqual(before);
  });

  it("checks ids against a provider's catalog when one is given (an upstream's locales are its own to judge)", async () => {
    const upstream: ResolveLookups = {
      ...lookups(),
      avatarExists: vi.fn(async (id: string) => id === "up_avatar"),
      voice: vi.fn(async (id: string) =>
        id === "up_voice" ? { emotion_support: true, support_locale: true, locales: null, elevenlabs: true } : null,
      ),
    };
    const ok = await resolveVideoRequest(
      parseVideoRequest({
        video_inputs: [
          {
            character: { type: "avatar", avatar_id: "up_avatar" },
            voice: text({ voice_id: "up_voice", locale: "xx-YY", emotion: "Serious", elevenlabs_settings: { stability: 0.5 } }),
          },
        ],
      }),
      upstream,
    );
    expect(ok.video_inputs[0]!.voice).toMatchObject({
      voice_id: "up_voice",
      locale: "xx-YY",
      emotion: "Serious",
      elevenlabs_settings: { stability: 0.5 },
    });
    const refused = await resolveVideoRequest(
      parseVideoRequest(scene({ character: { type: "avatar", avatar_id: "avs_presenter_maya" }, voice: text() })),
      upstream,
    ).catch((e: DomainError) => e.message);
    expect(refused).toContain('video_inputs[0].character.avatar_id: unknown avatar "avs_presenter_maya"');
    expect(refused).toContain('video_inputs[0].voice.voice_id: unknown voice "avs_voice_en_clara"');
  });
});
