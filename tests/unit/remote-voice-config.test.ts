import { describe, expect, it } from "vitest";
import { parseEnv, parseOpenAiVoices } from "@/lib/env";
import { elevenLabsBody } from "@/lib/speech/elevenlabs";
import { openAiBody } from "@/lib/speech/openai-speech";
import { languageName } from "@/lib/speech/remote-voices";
import type { SpeechAccess } from "@/lib/speech/speech-access";

// How remote voices are configured and what is sent to their providers.

describe("remote voice settings", () => {
  it("default to ElevenLabs' API, tts-1 and OpenAI's voices", () => {
    const e = parseEnv({});
    expect(e.elevenLabsBaseUrl).toBe("https://api.elevenlabs.io");
    expect(e.ttsOpenAiBaseUrl).toBeUndefined();
    expect(e.ttsOpenAiModel).toBe("tts-1");
    expect(e.ttsOpenAiVoices.map((v) => v.name)).toContain("alloy");
    expect(e.ttsOpenAiVoices.every((v) => v.language === "English" && v.gender === "unknown")).toBe(true);
  });

  it("tolerate trailing slashes and name a voice's language and gender when given", () => {
    const e = parseEnv({ ELEVENLABS_BASE_URL: "http://10.0.0.5:9000/", TTS_OPENAI_BASE_URL: "http://kokoro:8880/v1/" });
    expect(e.elevenLabsBaseUrl).toBe("http://10.0.0.5:9000");
    expect(e.ttsOpenAiBaseUrl).toBe("http://kokoro:8880/v1");
    expect(parseOpenAiVoices(" af_heart , ff_siwis:French:female,af_heart")).toEqual([
      { name: "af_heart", language: "English", gender: "unknown" },
      { name: "ff_siwis", language: "French", gender: "female" },
    ]);
  });

  it("list ElevenLabs' language labels by their English names", () => {
    expect(languageName("en")).toBe("English");
    expect(languageName("pt-BR")).toBe("Portuguese");
    expect(languageName(undefined)).toBe("English");
    expect(languageName("english")).toBe("English");
  });
});

describe("provider request bodies", () => {
  it("map elevenlabs_settings onto model_id and voice_settings", () => {
    expect(elevenLabsBody("Hi.", { model: "eleven_turbo_v2_5", stability: 0.3, similarity_boost: 0.8, style: 0.1 }, undefined)).toEqual({
      text: "Hi.",
      model_id: "eleven_turbo_v2_5",
      voice_settings: { stability: 0.3, similarity_boost: 0.8, style: 0.1 },
    });
    expect(elevenLabsBody("Hi.", undefined, 0.9)).toEqual({
      text: "Hi.",
      model_id: "eleven_multilingual_v2",
      voice_settings: { speed: 0.9 },
    });
  });

  it("send OpenAI {model, input, voice}, and speed only when asked", () => {
    const access = { model: "tts-1" } as SpeechAccess;
    expect(openAiBody(access, "alloy", "Hi.", undefined)).toEqual({ model: "tts-1", input: "Hi.", voice: "alloy" });
    expect(openAiBody(access, "alloy", "Hi.", 1.25)).toEqual({ model: "tts-1", input: "Hi.", voice: "alloy", speed: 1.25 });
  });
});
