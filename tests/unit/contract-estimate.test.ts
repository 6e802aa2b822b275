import { describe, expect, it } from "vitest";
import { estimateVoiceSeconds, parseBreaks, quotaEstimate, stripBreaks } from "@/lib/contract/estimate";
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

describe("quotaEstimate", () => {
  const scenes = (list: object[], durations: Record<string, number> = {}) =>
    quotaEstimate(parseVideoRequest({ video_inputs: list }), durations);

  it("counts digits and symbols as spoken, not as one word", () => {
    // "Call 555 1234 for 50% off": 3 words + 7 digits + 2 digits + % = 13 spoken words.
    expect(estimate([text("Call 555 1234 for 50% off")])).toBeCloseTo((13 / 150) * 60);
    expect(estimate([text("2024")])).toBeGreaterThan(estimate([text("year")]));
  });

  it("reserves the 600 s cap for an audio_url and a full_video background from a URL", () => {
    expect(scenes([{ voice: { type: "audio", audio_url: "https://example.com/a.mp3" } }])).toEqual({ known: 0, unknown: 600 });
    const bg = { type: "video", url: "https://example.com/v.mp4", play_style: "full_video" };
    expect(scenes([{ voice: { type: "silence", duration: 5 }, background: bg }])).toEqual({ known: 5, unknown: 595 });
    // Not full_video: the background does not set the scene's length.
    expect(scenes([{ voice: { type: "silence", duration: 5 }, background: { ...bg, play_style: "loop" } }])).toEqual({
      known: 5,
      unknown: 0,
    });
  });

  it("counts an uploaded full_video background at its probed length", () => {
    const bg = { type: "video", video_asset_id: "v1", play_style: "full_video" };
    expect(scenes([{ voice: { type: "silence", duration: 5 }, background: bg }], { v1: 42 })).toEqual({ known: 42, unknown: 0 });
    expect(scenes([{ voice: { type: "audio", audio_asset_id: "a1" } }], { a1: 12.5 })).toEqual({ known: 12.5, unknown: 0 });
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
