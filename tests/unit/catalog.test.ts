import { describe, expect, it } from "vitest";
import { findAvatar, findVoice, listAvatars, listVoices } from "@/lib/catalog";
import { FLITE_VOICES } from "@/lib/catalog/types";

// The built-in catalog: ids are public and stable forever, and every entry is internally consistent.

describe("built-in catalog", () => {
  it("keeps its ids (a change here breaks clients that stored them)", () => {
    expect(listAvatars().map((a) => a.avatar_id)).toEqual([
      "avs_presenter_maya",
      "avs_presenter_daniel",
      "avs_presenter_amara",
      "avs_presenter_malik",
      "avs_presenter_anika",
      "avs_presenter_kenji",
      "avs_presenter_helen",
      "avs_presenter_graham",
    ]);
    expect(listVoices().map((v) => v.voice_id)).toMatchInlineSnapshot(`
      [
        "avs_voice_en_clara",
        "avs_voice_en_james",
        "avs_voice_en_gb_olivia",
        "avs_voice_en_scotland_callum",
        "avs_voice_en_caribbean_marcus",
        "avs_voice_de_lena",
        "avs_voice_de_lukas",
        "avs_voice_fr_camille",
        "avs_voice_es_lucia",
        "avs_voice_es_419_mateo",
        "avs_voice_pt_beatriz",
        "avs_voice_pt_pt_joao",
        "avs_voice_it_giulia",
        "avs_voice_nl_daan",
        "avs_voice_pl_zofia",
        "avs_voice_sv_astrid",
        "avs_voice_hi_priya",
        "avs_voice_ja_yuki",
        "avs_voice_zh_mei",
        "avs_voice_ru_dmitri",
        "avs_voice_en_us_kal",
        "avs_voice_en_us_kal16",
        "avs_voice_en_us_sally",
        "avs_voice_en_us_ross",
        "avs_voice_en_scotland_alan",
      ]
    `);
  });

  it("has unique, readable ids and at least 20 voices", () => {
    const ids = [...listAvatars().map((a) => a.avatar_id), ...listVoices().map((v) => v.voice_id)];
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^avs_(presenter|voice)_[a-z0-9_]+$/);
    expect(listVoices().length).toBeGreaterThanOrEqual(20);
  });

  it("has female and male presenters, each with an existing English default voice of that gender", () => {
    expect(new Set(listAvatars().map((a) => a.gender))).toEqual(new Set(["female", "male"]));
    for (const avatar of listAvatars()) {
      expect(findAvatar(avatar.avatar_id)).toBe(avatar);
      expect(findVoice(avatar.default_voice_id)?.gender).toBe(avatar.gender);
      // The preview video greets the viewer in English.
      expect(findVoice(avatar.default_voice_id)?.language).toBe("English");
      expect(avatar.preview_image_path.startsWith("/")).toBe(true);
    }
    expect(findAvatar("nobody")).toBeUndefined();
  });

  it("has consistent locales", () => {
    for (const voice of listVoices()) {
      expect(voice.locales.length).toBeGreaterThan(0);
      expect(new Set(voice.locales).size).toBe(voice.locales.length);
      expect(voice.locales).toContain(voice.default_locale);
      expect(voice.support_locale).toBe(voice.locales.length > 1);
      for (const locale of voice.locales) expect(locale).toMatch(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/);
      // One language per voice: every locale shares the default locale's language subtag.
      expect(new Set(voice.locales.map((l) => l.split("-")[0]))).toEqual(new Set([voice.default_locale.split("-")[0]]));
    }
  });

  it("speaks every voice with an offline engine, emotion presets only on espeak-ng", () => {
    for (const voice of listVoices()) {
      expect(voice.provider).toBe("builtin");
      if (voice.provider !== "builtin") continue;
      if (voice.engine === "espeak-ng") {
        expect(Object.keys(voice.locale_voices)).toEqual([...voice.locales]);
        expect(voice.engine_voice).toBe(voice.locale_voices[voice.default_locale]);
        expect(voice.engine_variant).toMatch(/^[fm][1-7]$/);
        expect(voice.engine_variant[0]).toBe(voice.gender === "female" ? "f" : "m");
        expect(voice.emotion_support).toBe(true);
      } else {
        expect(FLITE_VOICES).toContain(voice.engine_voice);
        expect(voice.language).toBe("English");
        expect(voice.emotion_support).toBe(false);
      }
      expect(voice.support_pause).toBe(true);
    }
    const flite = listVoices().filter((v) => v.provider === "builtin" && v.engine === "flite");
    expect(flite.map((v) => (v as { engine_voice: string }).engine_voice).sort()).toEqual([...FLITE_VOICES].sort());
  });

  it("offers several accents where one espeak voice speaks them", () => {
    expect(findVoice("avs_voice_en_clara")).toMatchObject({
      support_locale: true,
      locales: ["en-US", "en-GB", "en-IN", "en-AU"],
      default_locale: "en-US",
    });
    expect(findVoice("avs_voice_pt_beatriz")).toMatchObject({ support_locale: true, locales: ["pt-BR", "pt-PT"] });
  });
});

describe("remote voices", () => {
  it("are never part of the built-in catalog (lib/speech lists them per team)", () => {
    expect(listVoices().every((v) => v.provider === "builtin")).toBe(true);
    expect(findVoice("openai_alloy")).toBeUndefined();
  });
});
