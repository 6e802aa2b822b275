import { describe, expect, it } from "vitest";
import { buildCues, writeAss, writeSrt, writeVtt, type WordTiming } from "@/lib/render/captions";

// Words spoken at a steady 0.3 s each, with a 0.05 s space between them.
function speak(text: string, from = 0, step = 0.35): WordTiming[] {
  return text.split(" ").map((w, i) => ({ text: w, start: from + i * step, end: from + i * step + 0.3 }));
}

const long =
  "Welcome to Avatar Studio, the self-hostable presenter. It renders scenes on two cores with ffmpeg and nothing else " +
  "so that every team can run it on a small server without a graphics card at all, which keeps the costs low";

describe("buildCues", () => {
  const scenes = [
    { offset: 0, duration: 14, words: speak(long) },
    { offset: 14, duration: 3, words: speak("Second scene. Short.") },
  ];
  const cues = buildCues(scenes);

  it("keeps cues monotonic, non-overlapping and inside their scene", () => {
    expect(cues.length).toBeGreaterThan(3);
    for (const [i, c] of cues.entries()) {
      expect(c.end).toBeGreaterThan(c.start);
      if (i > 0) expect(c.start).toBeGreaterThanOrEqual(cues[i - 1]!.end);
    }
    expect(cues.filter((c) => c.start < 14).every((c) => c.end <= 14)).toBe(true);
    expect(cues.at(-1)!.end).toBeLessThanOrEqual(17);
    expect(cues.find((c) => c.start >= 14)!.start).toBeCloseTo(14);
  });

  it("at most 2 lines of 42 characters, at most 6 s, all words kept in order", () => {
    for (const c of cues) {
      expect(c.lines.length).toBeLessThanOrEqual(2);
      for (const l of c.lines) expect(l.length).toBeLessThanOrEqual(42);
      expect(c.end - c.start).toBeLessThanOrEqual(6);
    }
    expect(cues.flatMap((c) => c.lines).join(" ")).toBe(`${long} Second scene. Short.`);
  });

  it("breaks after punctuation once a cue has a second of words", () => {
    expect(cues[0]!.lines.join(" ")).toBe("Welcome to Avatar Studio,");
    expect(cues.some((c) => c.lines.join(" ").endsWith("presenter."))).toBe(true);
  });

  it("breaks at a pause over 300 ms and stretches short cues towards 1 s only into silence", () => {
    const words = [...speak("one two"), ...speak("three", 2)];
    const c = buildCues([{ offset: 5, duration: 3, words }]);
    expect(c.map((x) => x.lines.join(" "))).toEqual(["one two", "three"]);
    expect(c[0]).toMatchObject({ start: 5 });
    expect(c[0]!.end).toBeCloseTo(6);
    expect(c[1]!.start).toBeCloseTo(7);
    expect(c[1]!.end).toBeCloseTo(8);
  });
});

describe("caption writers", () => {
  const cues = [
    { start: 0, end: 1.5, lines: ["Hello there,"] },
    { start: 3661.005, end: 3662.25, lines: ["two {lines}", "a < b --> c"] },
  ];

  it("SRT: numbered, HH:MM:SS,mmm", () => {
    expect(writeSrt(cues)).toBe(
      "1\n00:00:00,000 --> 00:00:01,500\nHello there,\n\n2\n01:01:01,005 --> 01:01:02,250\ntwo {lines}\na < b --> c\n",
    );
  });

  it("VTT: a header, HH:MM:SS.mmm, escaped text", () => {
    const vtt = writeVtt(cues);
    expect(vtt.startsWith("WEBVTT\n\n00:00:00.000 --> 00:00:01.500\nHello there,\n")).toBe(true);
    expect(vtt).toContain("01:01:01.005 --> 01:01:02.250\ntwo {lines}\na &lt; b --&gt; c\n");
  });

  it("ASS: PlayRes = output size, bold white with outline, bottom margin, two lines joined by \\N", () => {
    const ass = writeAss(cues, { width: 1920, height: 1080 });
    expect(ass).toContain("PlayResX: 1920\nPlayResY: 1080");
    expect(ass).toMatch(/Style: Default,Geist,54,&H00FFFFFF,&H00FFFFFF,&H00000000,&H80000000,-1,0,0,0,100,100,0,0,1,4,2,2,144,144,86,1/);
    expect(ass).toContain("Dialogue: 0,0:00:00.00,0:00:01.50,Default,,0,0,0,,Hello there,");
    expect(ass).toContain("Dialogue: 0,1:01:01.01,1:01:02.25,Default,,0,0,0,,two (lines)\\Na < b --> c");
  });
});
