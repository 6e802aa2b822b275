import { describe, expect, it } from "vitest";
import { estimateVoiceSeconds, parseBreaks, stripBreaks } from "@/lib/contract/estimate";
import { parseVideoRequest } from "@/lib/contract/parse";

// Voice duration estimates (for quotas and the 60-minute cap) and the break tags inside input_text.

const words = (n: number) => Array.from({ length: n }, () => "word").join(" ");
const estimate = (voices: object[], durations: Record<string, number> = {}) =>
  estimateVoiceSeconds(parseVideoRequest({ video_inputs: voices.map((voice) => ({ voice })) }), durations);
const text = (input_text: string, extra: object = {}) => ({ type: "text", voice_id: "v", input_text, ...extra });

describe("estimateVoiceSeconds", () => {
  it("reads text at 150 words a minute, divided by speed", () => {
    expect(estimate([text(words(150))])).toBeCloseTo(60);
    expect(estimate([text(words(150), { speed: 1.5 })])).toBeCloseTo(40);
    expect(estimate([text(words(75), { speed: 0.5 })])).toBeCloseTo(60);
  });

  it("adds break pauses at their own length, whatever the speed", () => {
    expect(estimate([text(`${words(150)} <break time="1s"/> more <break time="500ms"/>`, { speed: 1.5 })])).toBeCloseTo(
      ((151 / 150) * 60) / 1.5 + 1.5,
    );
    expect(estimate([text('Hi <break time="2.5s"/> there')])).toBeCloseTo(2.5 + 0.8);
  });

  it("counts silence, audio assets and audio URLs", () => {
    const voices = [
      { type: "silence", duration: 3 },
      { type: "audio", audio_asset_id: "a1" },
      { type: "audio", audio_url: "https://example.com/a.mp3" },
      { type: "audio", audio_asset_id: "unknown" },
    ];
    expect(estimate(voices, { a1: 12.5 })).toBe(15.5);
  });

  it("counts unspaced scripts by character", () => {
    expect(estimate([text("你好世界你好世界你好")])).toBeCloseTo((5 / 150) * 60);
  });
});

describe("break tags", () => {
  it("split the text into speech and pauses", () => {
    expect(parseBreaks('Hello <break time="1s"/>world<BREAK time=\'500ms\' />! <break time="x"/>')).toEqual([
      { type: "text", text: "Hello " },
      { type: "pause", seconds: 1 },
      { type: "text", text: "world" },
      { type: "pause", seconds: 0.5 },
      { type: "text", text: "! " },
      { type: "pause", seconds: 0 },
    ]);
    expect(parseBreaks("no pauses")).toEqual([{ type: "text", text: "no pauses" }]);
  });

  it("are never spoken or captioned", () => {
    expect(stripBreaks('Hello <break time="1s"/> world<break time="500ms"/>again <break>')).toBe("Hello world again");
  });
});
