import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it, vi } from "vitest";
import { renderVoice, type VoiceTrack } from "@/lib/render/voice/render-voice";
import { readWav } from "@/lib/render/voice/read-wav";
import type { VoiceSettings } from "@/lib/contract/schema";
import { meanPitch } from "../support/pitch";

// The engines and ffmpeg share the CPU with other test files; give them room.
vi.setConfig({ testTimeout: 30_000 });

// Built-in voices spoken by the WASM engines: real audio, word and phone timings, prosody that a
// listener would notice.

const dir = mkdtempSync(path.join(tmpdir(), "voice-text-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

let n = 0;
// Each call writes its own file so tests can measure several at once.
const say = (voice_id: string, input_text: string, extra: Partial<Extract<VoiceSettings, { type: "text" }>> = {}) => {
  const workDir = mkdtempSync(path.join(dir, `v${n++}-`));
  return renderVoice({ type: "text", voice_id, input_text, speed: 1, pitch: 0, ...extra }, { workDir, fps: 25 });
};

function expectWellFormed(track: VoiceTrack, fps = 25) {
  const { pcm, sampleRate } = readWav(readFileSync(track.wavPath));
  expect(sampleRate).toBe(48_000);
  expect(pcm.length).toBe(Math.round(track.duration * 48_000));
  expect(Math.abs(track.duration * fps - Math.round(track.duration * fps))).toBeLessThan(1e-9);
  expect(track.envelope.length).toBe(Math.ceil(pcm.length / 480));
  expect(Math.max(...track.envelope)).toBeGreaterThan(0.01);
  for (const list of [track.words, track.phones] as { start: number; end: number }[][]) {
    let last = 0;
    for (const item of list) {
      expect(item.start).toBeGreaterThanOrEqual(last - 1e-9);
      expect(item.end).toBeGreaterThanOrEqual(item.start);
      expect(item.end).toBeLessThanOrEqual(track.duration);
      last = item.start;
    }
  }
}

describe.each(["avs_voice_en_clara", "avs_voice_en_us_kal"])("text voice %s", (voice) => {
  it("speaks words with monotonic times inside the duration", async () => {
    const track = await say(voice, "Hello there, this is a short test of the voice.");
    expect(track.kind).toBe("text");
    expectWellFormed(track);
    expect(track.words.map((w) => w.text.toLowerCase())).toEqual([
      "hello",
      "there",
      "this",
      "is",
      "a",
      "short",
      "test",
      "of",
      "the",
      "voice",
    ]);
  });

  it("is at most 75% as long at speed 1.5", async () => {
    const text = "The quick brown fox jumps over the lazy dog, again and again.";
    const [normal, fast] = [await say(voice, text), await say(voice, text, { speed: 1.5 })];
    expect(fast.duration).toBeLessThanOrEqual(0.75 * normal.duration);
  });

  it("sounds higher at pitch +40 than at -40", async () => {
    const text = "Hello there, this is a pitch test.";
    const [high, low] = [await say(voice, text, { pitch: 40 }), await say(voice, text, { pitch: -40 })];
    expect(meanPitch(high.wavPath)).toBeGreaterThan(meanPitch(low.wavPath) * 1.15);
  });

  it('pauses about a second at <break time="1s"/> and never says it', async () => {
    const [plain, paused] = [await say(voice, "One two. Three four."), await say(voice, 'One two. <break time="1s"/> Three four.')];
    // The break replaces the engine's own sentence pause, so the voice grows by about a second.
    expect(paused.duration - plain.duration).toBeGreaterThan(0.6);
    expect(paused.duration - plain.duration).toBeLessThan(1.2);
    expect(paused.words.map((w) => w.text.toLowerCase())).toEqual(["one", "two", "three", "four"]);
    const names = paused.phones.map((p) => p.phone);
    expect(names.some((p, i) => p === "sil" && names[i + 1] === "sil")).toBe(false);
    const gap = paused.words[2]!.start - paused.words[1]!.end;
    expect(gap).toBeGreaterThanOrEqual(1);
    expect(gap).toBeLessThan(1.3);
  });

  it("gives m, uw and f phones for 'move food' and 'mummy'", async () => {
    const track = await say(voice, "Move food, mummy.");
    const names = track.phones.map((p) => p.phone);
    expect(names).toEqual(expect.arrayContaining(["m", "uw", "f"]));
    for (const p of track.phones) expect(p.phone).toMatch(/^[a-z]+$/);
    const move = track.words[0]!;
    const m = track.phones.find((p) => p.phone === "m")!;
    expect(m.start).toBeGreaterThanOrEqual(move.start - 0.05);
    expect(m.end).toBeLessThanOrEqual(move.end);
    const f = track.phones.find((p) => p.phone === "f")!;
    expect(f.start).toBeGreaterThanOrEqual(track.words[1]!.start - 0.05);
    expect(f.end).toBeLessThanOrEqual(track.words[1]!.end + 1e-9);
  });
});

describe("espeak-ng text", () => {
  it("neither obeys nor reads out other markup, and keeps word positions", async () => {
    const track = await say("avs_voice_en_clara", 'Tom & Jerry <prosody rate="x-slow">run</prosody> fast.');
    expect(track.words.map((w) => w.text)).toEqual(["Tom", "Jerry", "run", "fast"]);
    // Slowed down by the tag, "run" would last far longer than a plain word.
    const run = track.words[2]!;
    expect(run.end - run.start).toBeLessThan(0.6);
  });

  it("starts with the pause of a leading break", async () => {
    const track = await say("avs_voice_en_clara", '<break time="1s"/>Hello there.');
    expect(track.words[0]!.start).toBeGreaterThanOrEqual(1);
    expect(track.phones[0]).toMatchObject({ phone: "sil", start: 0 });
  });
});

describe("espeak-ng prosody", () => {
  it("makes Excited faster and higher than Soothing", async () => {
    const text = "I have some news for you about the weather tomorrow.";
    const [excited, soothing] = [
      await say("avs_voice_en_clara", text, { emotion: "Excited" }),
      await say("avs_voice_en_clara", text, { emotion: "Soothing" }),
    ];
    expect(excited.duration).toBeLessThan(soothing.duration * 0.85);
    expect(meanPitch(excited.wavPath)).toBeGreaterThan(meanPitch(soothing.wavPath));
  });

  it("sounds higher with a female variant (Clara, +f3) than a male one (James, +m3)", async () => {
    const text = "Good morning and welcome.";
    const [clara, james] = [await say("avs_voice_en_clara", text), await say("avs_voice_en_james", text)];
    expect(meanPitch(clara.wavPath)).toBeGreaterThan(meanPitch(james.wavPath) * 1.2);
  });

  it("takes the accent from the locale", async () => {
    const text = "Tomato, schedule, water.";
    const [us, gb] = [
      await say("avs_voice_en_clara", text, { locale: "en-US" }),
      await say("avs_voice_en_clara", text, { locale: "en-GB" }),
    ];
    expect(us.phones.map((p) => p.phone).join(" ")).not.toEqual(gb.phones.map((p) => p.phone).join(" "));
  });
});
