import { rm } from "node:fs/promises";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { visemesFromAudio } from "@/lib/render/character/visemes-from-audio";
import { visemesFromEnvelope } from "@/lib/render/character/visemes-from-envelope";
import type { Viseme } from "@/lib/render/character/types";
import { renderVoice, type VoiceTrack } from "@/lib/render/voice/render-voice";
import { HELD_OUT, speakerOf, TRAIN, TUNE } from "../../scripts/lipsync/corpus";
import { agreement, OPENNESS, shapesOf, speak } from "../../scripts/lipsync/speech";
import { tempDir } from "./render/media-fixtures";

// The mouth of an audio voice comes from the audio alone (visemesFromAudio); these tests speak with
// built-in voices the classifier never trained on, so the phones say what the mouth should do.
let dir: string;

beforeAll(async () => {
  dir = await tempDir();
});
afterAll(() => rm(dir, { recursive: true, force: true }));

const say = (voice_id: string, input_text: string, speed = 1): Promise<VoiceTrack> =>
  renderVoice({ type: "text", voice_id, input_text, speed, pitch: 0 }, { workDir: dir, fps: 25 });

// The shape per centisecond the audio gives.
async function fromAudio(track: VoiceTrack): Promise<Viseme[]> {
  return shapesOf(await visemesFromAudio(track.wavPath, track.duration), Math.ceil(track.duration * 100));
}

describe("visemesFromAudio", () => {
  it("keeps the mouth at rest through silence", async () => {
    const pcm = new Int16Array(48_000 * 2);
    expect(await visemesFromAudio({ pcm, sampleRate: 48_000 }, 2)).toEqual([{ viseme: "X", start: 0, end: 2 }]);
  });

  it("keeps the mouth open on a sustained vowel", async () => {
    const track = await say("avs_voice_en_james", "Aah! Aah!", 0.85);
    const shapes = await fromAudio(track);
    const vowel = track.phones.filter((p) => p.phone === "aa");
    expect(vowel.length).toBeGreaterThan(0);
    const during = vowel.flatMap((p) => shapes.slice(Math.round(p.start * 100) + 3, Math.round(p.end * 100) - 3));
    expect(during.length).toBeGreaterThan(20);
    // Open or half open, never shut. (Known gap: an isolated long "aah" mostly gets B, not the wide D.)
    const shut = during.filter((v) => OPENNESS[v] === "closed").length;
    expect(shut / during.length).toBeLessThan(0.1);
  });

  it("closes the lips on the plosives of a plosive-heavy phrase", async () => {
    const track = await say("avs_voice_en_us_ross", "Bob, pop the big bubble, Pam, maybe by the pub.");
    const shapes = await fromAudio(track);
    const bilabials = track.phones.filter((p) => ["p", "b", "m"].includes(p.phone));
    expect(bilabials.length).toBeGreaterThan(8);
    // The lips close (A) somewhere in the 80 ms before the release or the first 30 ms after it.
    const closed = bilabials.filter((p) => shapes.slice(Math.round(p.start * 100) - 8, Math.round(p.start * 100) + 3).includes("A"));
    expect(closed.length / bilabials.length).toBeGreaterThan(0.7);
    // And it is not a mouth that stays shut: vowels in between open it.
    expect(shapes.filter((v) => OPENNESS[v] === "open").length).toBeGreaterThan(20);
  });

  it("trains, tunes and measures on separate speakers and sentences", () => {
    const heldOut = new Set(HELD_OUT.map(speakerOf));
    const heldOutTexts = new Set(HELD_OUT.map((u) => u.text));
    const trained = new Set(TRAIN.map(speakerOf));
    // No held-out voice's espeak-ng variant is spoken by anyone else (m1 and m3).
    const variants = new Set(["m1", "m3"]);
    for (const u of [...TRAIN, ...TUNE]) {
      expect(heldOut.has(speakerOf(u)) || heldOutTexts.has(u.text)).toBe(false);
      expect(variants.has(u.variant ?? "")).toBe(false);
    }
    expect(TUNE.some((u) => trained.has(speakerOf(u)))).toBe(false);
  });

  it("agrees with the phones' mouth on held-out speech, where the loudness-only mouth does not", async () => {
    const utterance = HELD_OUT.find((u) => u.voiceId === "avs_voice_en_us_ross")!;
    expect(TRAIN.some((u) => speakerOf(u) === speakerOf(utterance) || u.text === utterance.text)).toBe(false);
    const s = await speak(utterance, dir);
    const audio = agreement(shapesOf(await visemesFromAudio(s.track.wavPath, s.track.duration), s.features.frames), s.reference);
    const loudness = agreement(shapesOf(visemesFromEnvelope(s.track.envelope, s.track.duration), s.features.frames), s.reference);
    expect(audio.exact / audio.frames).toBeGreaterThan(0.4);
    expect(loudness.exact / loudness.frames).toBeLessThan(0.4);
  });
});
