import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it, vi } from "vitest";
import { listVoices, type BuiltinVoice } from "@/lib/catalog";
import { renderVoice } from "@/lib/render/voice/render-voice";
import { RenderFailure } from "@/lib/render/failure";
import { PHRASES } from "../support/phrases";

// The engines and ffmpeg share the CPU with other test files; give them room.
vi.setConfig({ testTimeout: 30_000 });

// Every built-in voice of the catalog speaks (in its default locale; `node --conditions=react-server --import tsx bench/voices.ts` tries
// every locale and measures speed).

const dir = mkdtempSync(path.join(tmpdir(), "voice-catalog-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const builtins = listVoices().filter((v): v is BuiltinVoice => v.provider === "builtin");
const cases = builtins.map((v) => [v.voice_id, v.default_locale, v] as const);

describe("built-in voices", () => {
  it("cover at least 20 voices in 8 languages", () => {
    expect(builtins.length).toBeGreaterThanOrEqual(20);
    expect(new Set(builtins.map((v) => v.language)).size).toBeGreaterThanOrEqual(8);
  });

  it.each(cases)("%s speaks %s", async (voice_id, locale, voice) => {
    const workDir = mkdtempSync(path.join(dir, `${voice_id}-${locale}-`));
    const text = PHRASES[voice.language];
    expect(text, `a phrase for ${voice.language}`).toBeDefined();
    const track = await renderVoice({ type: "text", voice_id, input_text: text!, speed: 1, pitch: 0, locale }, { workDir, fps: 25 });
    expect(track.duration).toBeGreaterThan(0.5);
    expect(track.words.length).toBeGreaterThanOrEqual(1);
    expect(track.phones.filter((p) => p.phone !== "sil").length).toBeGreaterThanOrEqual(4);
    expect(Math.max(...track.envelope)).toBeGreaterThan(0.02);
  });

  it("refuses a voice the server cannot speak as voice_unavailable", async () => {
    const workDir = mkdtempSync(path.join(dir, "missing-"));
    const error = await renderVoice(
      { type: "text", voice_id: "no_such_voice", input_text: "Hi", speed: 1, pitch: 0 },
      { workDir, fps: 25 },
    ).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RenderFailure);
    expect(error).toMatchObject({ code: "voice_unavailable", permanent: true });
  });
});
