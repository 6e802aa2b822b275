import { describe, expect, it } from "vitest";
import { espeakWords } from "@/lib/render/voice/espeak-words";
import { escapeSsml } from "@/lib/render/voice/escape-ssml";

// Caption words from espeak-ng's word events: the text's own tokens, whatever espeak split or joined.

const ev = (position: number, start: number, end: number, length = 0) => ({ position, length, start, end });

describe("espeakWords", () => {
  it("keeps a number espeak reads as two words as one word", () => {
    expect(espeakWords("say 42 now", [ev(1, 0, 0.3), ev(5, 0.3, 0.6), ev(6, 0.6, 0.9), ev(8, 1, 1.2)])).toEqual([
      { text: "say", start: 0, end: 0.3 },
      { text: "42", start: 0.3, end: 0.9 },
      { text: "now", start: 1, end: 1.2 },
    ]);
  });

  it("splits words espeak said as one by their length", () => {
    const words = espeakWords("out of the box", [ev(1, 0, 0.2), ev(5, 0.2, 0.6), ev(12, 0.6, 0.9)]);
    expect(words.map((w) => w.text)).toEqual(["out", "of", "the", "box"]);
    expect(words[1]!.start).toBeCloseTo(0.2);
    expect(words[1]!.end).toBeCloseTo(0.2 + 0.4 * (2 / 5));
    expect(words[2]!.end).toBeCloseTo(0.6);
  });

  it("strips punctuation and keeps apostrophes inside words", () => {
    expect(espeakWords("«Don't» go!", [ev(2, 0, 0.4, 3), ev(9, 0.5, 0.7, 2)]).map((w) => w.text)).toEqual(["Don't", "go"]);
  });

  it("keeps the vowel signs that end a Hindi word", () => {
    expect(espeakWords("नमस्ते दुनिया। है", [ev(1, 0, 0.4), ev(8, 0.5, 0.9), ev(16, 1, 1.2)]).map((w) => w.text)).toEqual([
      "नमस्ते",
      "दुनिया",
      "है",
    ]);
  });

  it("uses espeak's own split for text written without spaces", () => {
    expect(espeakWords("你好，世界。", [ev(1, 0, 0.5, 1), ev(4, 0.6, 1, 1)]).map((w) => w.text)).toEqual(["你好", "世界"]);
  });
});

describe("escapeSsml", () => {
  it("escapes markup and maps each escaped character back to the original", () => {
    const { escaped, origin } = escapeSsml("a<b & c");
    expect(escaped).toBe("a&lt;b &amp; c");
    expect(origin[escaped.indexOf("b")]).toBe(2);
    expect(origin[escaped.indexOf("c")]).toBe(6);
  });
});
