import { describe, expect, it } from "vitest";
import { alignmentWords, wordClock } from "@/lib/render/voice/alignment-words";
import { dtwWarp, warpTime } from "@/lib/render/voice/dtw-align";
import { espeakSpeak } from "@/lib/render/voice/espeak-engine";
import { MFCC_RATE, mfccFrames, resample } from "@/lib/render/voice/mfcc";
import { prosody } from "@/lib/render/voice/prosody";

// Timing a remote voice's audio: ElevenLabs' character alignment as words, and for providers without timings,
// our own espeak-ng rendering warped onto theirs (MFCC + DTW). The "provider" here is espeak-ng itself in
// another voice at another speed, whose true word times are known.

describe("ElevenLabs' character alignment", () => {
  it("becomes the text's words, punctuation dropped, each from its first letter to its last", () => {
    const text = "Hi, there. Go!";
    const characters = Array.from(text);
    const starts = characters.map((_, i) => i * 0.1);
    const ends = characters.map((_, i) => i * 0.1 + 0.08);
    const words = alignmentWords({ characters, starts, ends });
    expect(words.map((w) => w.text)).toEqual(["Hi", "there", "Go"]);
    expect(words[0]).toMatchObject({ start: 0 });
    expect(words[0]!.end).toBeCloseTo(0.18);
    expect(words[1]!.start).toBeCloseTo(0.4);
    expect(words[1]!.end).toBeCloseTo(0.88);
  });

  it("anchors the reference's clock on the provider's words", () => {
    const clock = wordClock(
      [
        { text: "a", start: 0.1, end: 0.3 },
        { text: "b", start: 0.4, end: 0.6 },
      ],
      [
        { text: "a", start: 0.2, end: 0.6 },
        { text: "b", start: 0.8, end: 1.2 },
      ],
      0.7,
      1.4,
    );
    expect(clock(0.1)).toBeCloseTo(0.2);
    expect(clock(0.5)).toBeCloseTo(1.0);
    expect(clock(0.7)).toBeCloseTo(1.4);
  });
});

describe("MFCC alignment against our own rendering", () => {
  it("finds where each word starts in another voice's audio within 60 ms on average", async () => {
    const text = "The quick brown fox jumps over the lazy dog, then runs into the forest to hide.";
    const ref = await espeakSpeak(text, "en-us", prosody(1, 0, undefined));
    const other = await espeakSpeak(text, "en-us+f3", prosody(0.8, 10, undefined));
    expect(other.words.length).toBe(ref.words.length);
    const hop = 0.01;
    const warp = dtwWarp(
      mfccFrames(resample(ref.pcm, ref.sampleRate, MFCC_RATE), hop),
      mfccFrames(resample(other.pcm, other.sampleRate, MFCC_RATE), hop),
    );
    const duration = other.pcm.length / other.sampleRate;
    const errors = ref.words.map((w, i) => Math.abs(warpTime(warp, hop, w.start, duration) - other.words[i]!.start));
    const mean = errors.reduce((a, b) => a + b, 0) / errors.length;
    console.log(`mean word-start error ${(mean * 1000).toFixed(0)} ms, worst ${(Math.max(...errors) * 1000).toFixed(0)} ms`);
    expect(mean).toBeLessThan(0.06);
  });
});
