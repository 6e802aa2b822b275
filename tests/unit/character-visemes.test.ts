import { describe, expect, it } from "vitest";
import { visemeTimeline } from "@/lib/render/character/viseme-timeline";
import { visemesFromEnvelope } from "@/lib/render/character/visemes-from-envelope";
import type { Phone, VisemeCue } from "@/lib/render/character/types";

const FRAME = 1 / 25;

// "move food ... move": m uw v f uw d, a long pause, then m uw v again.
const phones: Phone[] = [
  { phone: "sil", start: 0, end: 0.2 },
  { phone: "m", start: 0.2, end: 0.3 },
  { phone: "uw", start: 0.3, end: 0.48 },
  { phone: "v", start: 0.48, end: 0.56 },
  { phone: "f", start: 0.56, end: 0.66 },
  { phone: "uw", start: 0.66, end: 0.86 },
  { phone: "d", start: 0.86, end: 0.94 },
  { phone: "sil", start: 0.94, end: 1.6 },
  { phone: "m", start: 1.6, end: 1.7 },
  { phone: "uw", start: 1.7, end: 1.9 },
  { phone: "v", start: 1.9, end: 2.0 },
  { phone: "sil", start: 2.0, end: 2.5 },
];

const at = (cues: VisemeCue[], t: number) => cues.find((c) => c.start <= t && t < c.end);

function expectWellFormed(cues: VisemeCue[], duration: number) {
  expect(cues[0]?.start).toBe(0);
  expect(cues.at(-1)?.end).toBe(duration);
  cues.forEach((c, i) => {
    expect(c.end).toBeGreaterThan(c.start);
    if (i > 0) expect(c.start).toBe(cues[i - 1]?.end);
  });
}

describe("visemeTimeline", () => {
  const cues = visemeTimeline(phones, 2.5);

  it("covers [0, duration] with contiguous, monotonic cues", () => {
    expectWellFormed(cues, 2.5);
  });

  it("closes the lips on m, rounds them on uw and bites the lip on f/v, at the phone times", () => {
    const expectShape = (start: number, shape: string) => {
      const cue = at(cues, start + 0.02);
      expect(cue?.viseme).toBe(shape);
      expect(Math.abs((cue?.start ?? -1) - start)).toBeLessThanOrEqual(FRAME);
    };
    expectShape(0.2, "A");
    expectShape(0.3, "F");
    expectShape(0.48, "G");
    expectShape(0.66, "F");
    expectShape(1.6, "A");
    expectShape(1.7, "F");
  });

  it("closes the mouth in pauses and before and after speech", () => {
    expect(at(cues, 0.1)?.viseme).toBe("X");
    expect(at(cues, 1.3)?.viseme).toBe("X");
    expect(at(cues, 2.4)?.viseme).toBe("X");
  });

  it("keeps every shape at least 7 cs except where the clip itself is shorter", () => {
    for (const c of cues) expect(c.end - c.start).toBeGreaterThanOrEqual(0.07 - 1e-9);
  });

  it("relaxes rather than closes in a short pause and inserts Rhubarb's tweens", () => {
    const short = visemeTimeline(
      [
        { phone: "aa", start: 0, end: 0.3 },
        { phone: "sil", start: 0.3, end: 0.5 },
        { phone: "aa", start: 0.5, end: 0.8 },
        { phone: "sil", start: 0.8, end: 1.5 },
      ],
      1.5,
    );
    expectWellFormed(short, 1.5);
    // D, then a 20 cs pause relaxes to C (D's relaxed shape) instead of closing.
    expect(at(short, 0.4)?.viseme).toBe("C");
    // D -> X closes through C (the late tween).
    expect(at(short, 0.82)?.viseme).toBe("C");
    expect(at(short, 1.2)?.viseme).toBe("X");
  });

  it("is silent without phones", () => {
    expect(visemeTimeline([], 1)).toEqual([{ viseme: "X", start: 0, end: 1 }]);
  });
});

describe("visemesFromEnvelope", () => {
  it("follows loudness: silence X, quiet B, loud D", () => {
    const envelope = [
      ...Array<number>(50).fill(0),
      ...Array<number>(50).fill(0.3),
      ...Array<number>(50).fill(0.08),
      ...Array<number>(50).fill(0),
    ];
    const cues = visemesFromEnvelope(envelope, 2);
    expectWellFormed(cues, 2);
    expect(at(cues, 0.25)?.viseme).toBe("X");
    expect(at(cues, 0.8)?.viseme).toBe("D");
    expect(at(cues, 1.3)?.viseme).toBe("B");
    expect(at(cues, 1.9)?.viseme).toBe("X");
    for (const c of cues) expect(c.end - c.start).toBeGreaterThanOrEqual(0.07 - 1e-9);
  });
});
