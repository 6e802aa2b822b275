import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { renderVoice } from "@/lib/render/voice/render-voice";
import { readWav } from "@/lib/render/voice/read-wav";
import { frameDuration } from "@/lib/render/voice/frame-duration";
import { envelope } from "@/lib/render/voice/envelope";
import { ipaToArpabet } from "@/lib/render/voice/ipa-to-arpabet";
import { prosody } from "@/lib/render/voice/prosody";

const dir = mkdtempSync(path.join(tmpdir(), "voice-silence-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("silence voice", () => {
  it.each([
    [25, 1, 1],
    [25, 1.01, 1.04],
    [30, 1.01, 31 / 30],
    [30, 2.5, 2.5],
    [25, 99.99, 100],
  ])("at %i fps, %f s lasts %f s of zeros", async (fps, seconds, expected) => {
    const workDir = mkdtempSync(path.join(dir, "s-"));
    const track = await renderVoice({ type: "silence", duration: seconds }, { workDir, fps });
    expect(track).toMatchObject({ kind: "silence", words: [], phones: [] });
    expect(track.duration).toBeCloseTo(expected, 9);
    expect(Math.round(track.duration * fps * 1e6) % 1e6).toBe(0);
    const { pcm, sampleRate } = readWav(readFileSync(track.wavPath));
    expect(sampleRate).toBe(48_000);
    expect(pcm.length).toBe(Math.round(expected * 48_000));
    expect(pcm.every((s) => s === 0)).toBe(true);
    expect(track.envelope).toHaveLength(Math.ceil(pcm.length / 480));
    expect(track.envelope.every((v) => v === 0)).toBe(true);
  });
});

describe("renderVoice", () => {
  it("writes each voice to its own file, so scenes can share a work directory", async () => {
    const workDir = mkdtempSync(path.join(dir, "shared-"));
    const [a, b] = await Promise.all([1, 2].map((duration) => renderVoice({ type: "silence", duration }, { workDir, fps: 25 })));
    expect(a!.wavPath).not.toBe(b!.wavPath);
    expect(readWav(readFileSync(a!.wavPath)).pcm.length).toBe(48_000);
  });

  it("stops with a cancelled failure when the signal is aborted", async () => {
    const signal = AbortSignal.abort();
    const error = await renderVoice(
      { type: "text", voice_id: "avs_voice_en_clara", input_text: "Hello", speed: 1, pitch: 0 },
      { workDir: dir, fps: 25, signal },
    ).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: "cancelled", permanent: true });
  });
});

describe("voice helpers", () => {
  it("rounds up to whole frames without float drift", () => {
    expect(frameDuration(2, 25)).toBe(2);
    expect(frameDuration(0.3, 30)).toBeCloseTo(0.3, 12);
    expect(frameDuration(0.001, 25)).toBe(0.04);
  });

  it("measures RMS per 10 ms between 0 and 1", () => {
    const pcm = new Int16Array(960);
    pcm.fill(16384, 480); // second window at half scale
    expect(envelope(pcm)).toEqual([0, 0.5]);
  });

  it("maps espeak IPA to lowercase ARPAbet without stress", () => {
    expect(["m", "ˈuː", "f", "ˈʌ", "tʃ", "ŋ", "aɪ", "ɹ", "", "ə", "ɾ", "ɑː"].map(ipaToArpabet)).toEqual([
      "m",
      "uw",
      "f",
      "ah",
      "ch",
      "ng",
      "ay",
      "r",
      "sil",
      "ah",
      "r",
      "aa",
    ]);
  });

  it("documents emotion presets: Excited faster and higher than Soothing", () => {
    const [excited, soothing] = [prosody(1, 0, "Excited"), prosody(1, 0, "Soothing")];
    expect(excited.rate).toBeGreaterThan(soothing.rate);
    expect(excited.pitch).toBeGreaterThan(soothing.pitch);
    expect(prosody(1.5, 10, undefined)).toEqual({ rate: 1.5, pitch: 10, range: 50, volume: 1 });
  });
});
