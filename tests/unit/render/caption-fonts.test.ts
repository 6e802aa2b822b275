import { describe, expect, it } from "vitest";
import { buildCues, captionScript, cueRules, CUE_RULES, writeAss, type WordTiming } from "@/lib/render/captions";
import { joinWords, splitWide, textWidth } from "@/lib/render/captions/caption-width";

// Caption fonts per script, and lines that fit when the script has no spaces or wide glyphs.

// One timed word per token, 0.3 s each.
const timed = (tokens: string[], step = 0.3): WordTiming[] =>
  tokens.map((text, i) => ({ text, start: i * step, end: i * step + step - 0.02 }));

describe("captionScript", () => {
  it.each([
    ["Hello, world!", "latin"],
    ["Привет, мир", "latin"],
    ["こんにちは、世界", "ja"],
    ["東京タワーへ行く", "ja"],
    ["你好，世界。这是字幕", "zh"],
    ["안녕하세요 세계", "ko"],
    ["مرحبا بالعالم", "arabic"],
    ["سلام دنیا", "arabic"],
    ["नमस्ते दुनिया", "devanagari"],
    ["Hello नमस्ते दुनिया", "devanagari"],
    ["OK مرحبا بالعالم 2024", "arabic"],
  ])("%s -> %s", (text, script) => {
    expect(captionScript(text)).toBe(script);
  });

  it("takes Han alone as Japanese or Korean only when the voice speaks it, else Chinese", () => {
    expect(captionScript("東京大学")).toBe("zh");
    expect(captionScript("東京大学", "Japanese")).toBe("ja");
    expect(captionScript("東京大学", "ja-JP")).toBe("ja");
    expect(captionScript("大韓民國", "Korean")).toBe("ko");
    // Kana and Hangul decide whatever the voice's language.
    expect(captionScript("こんにちは", "Chinese")).toBe("ja");
  });
});

describe("writeAss styles per script", () => {
  const cues = [
    { start: 0, end: 1, lines: ["Hello there"] },
    { start: 1, end: 2, lines: ["こんにちは、世界"] },
    { start: 2, end: 3, lines: ["مرحبا بالعالم.", "Hello مرحبا"] },
    { start: 3, end: 4, lines: ["नमस्ते दुनिया"] },
  ];
  const ass = writeAss(cues, { width: 1920, height: 1080 });

  it("names the Noto family of each cue's script, scaled where Noto draws small, Latin staying Geist", () => {
    expect(ass).toMatch(/^Style: Default,Geist,54,.*,1$/m);
    expect(ass).toMatch(/^Style: ja,Noto Sans JP,54,.*,1$/m);
    expect(ass).toMatch(/^Style: arabic,Noto Sans Arabic,81,.*,-1$/m);
    expect(ass).toMatch(/^Style: devanagari,Noto Sans Devanagari,76,.*,1$/m);
    expect(ass).not.toMatch(/Noto Sans (SC|KR)/);
    expect(ass).toContain("Dialogue: 0,0:00:00.00,0:00:01.00,Default,,0,0,0,,Hello there");
    expect(ass).toContain("Dialogue: 0,0:00:01.00,0:00:02.00,ja,,0,0,0,,こんにちは、世界");
    expect(ass).toContain("Dialogue: 0,0:00:03.00,0:00:04.00,devanagari,,0,0,0,,नमस्ते दुनिया");
  });

  it("opens every Arabic line with a right-to-left mark, so it reads from the right whatever it starts with", () => {
    expect(ass).toContain("Dialogue: 0,0:00:02.00,0:00:03.00,arabic,,0,0,0,,\u200Fمرحبا بالعالم.\\N\u200FHello مرحبا");
  });

  it("keeps a Default style when there are no Latin cues, and uses the language for kanji-only cues", () => {
    const jp = writeAss([{ start: 0, end: 1, lines: ["東京大学"] }], { width: 320, height: 180 }, { language: "Japanese" });
    expect(jp).toMatch(/^Style: Default,Geist,9,/m);
    expect(jp).toMatch(/^Style: ja,Noto Sans JP,9,/m);
    expect(jp).toContain(",ja,,0,0,0,,東京大学");
  });
});

describe("caption width", () => {
  it("counts CJK as two columns, marks and direction marks as none", () => {
    expect(textWidth("Hello")).toBe(5);
    expect(textWidth("こんにちは")).toBe(10);
    expect(textWidth("你好，世界")).toBe(10);
    expect(textWidth("नमस्ते")).toBe(4);
    expect(textWidth("\u200Fمرحبا")).toBe(5);
  });

  it("joins CJK words without a space and others with one", () => {
    expect(joinWords("東京", "タワー")).toBe("東京タワー");
    expect(joinWords("Hello", "world")).toBe("Hello world");
    expect(joinWords("AI", "です")).toBe("AIです");
    expect(joinWords("안녕하세요", "세계")).toBe("안녕하세요 세계");
  });

  it("cuts a CJK word wider than a line, never opening a piece with a stop, a small kana or ー", () => {
    expect(splitWide("あいうえおかきくけこ", 8)).toEqual(["あいうえ", "おかきく", "けこ"]);
    // っ and 。 may not open a line: う goes down with them.
    expect(splitWide("あいうっ。かき", 6)).toEqual(["あい", "うっ。", "かき"]);
    expect(splitWide("あいスーパー", 6)).toEqual(["あい", "スー", "パー"]);
    expect(splitWide("internationalisation", 8)).toEqual(["internationalisation"]);
  });

  it("counts the long-vowel mark and the middle dot as wide, though Unicode files them under no script", () => {
    expect(textWidth("スーパー・マリオ")).toBe(16);
  });
});

describe("CJK cues", () => {
  // Chinese as espeak-ng times it: a word of one or two characters at a time.
  const zh =
    "欢迎 使 用 阿 凡 达 工 作 室 这 是 一个 可以 自己 托管 的 演 示 者 它 在 两个 核 心上 渲染 场景 每个 团队 都 可以 在 小 服务器 上 运行 它".split(
      " ",
    );

  it("fill at most two lines of 42 columns (21 characters), without spaces, all characters kept in order", () => {
    const cues = buildCues([{ offset: 0, duration: 20, words: timed(zh, 0.25) }]);
    expect(cues.length).toBeGreaterThan(1);
    for (const c of cues) {
      expect(c.lines.length).toBeLessThanOrEqual(2);
      for (const l of c.lines) {
        expect(textWidth(l)).toBeLessThanOrEqual(42);
        expect(l).not.toContain(" ");
      }
    }
    expect(cues.flatMap((c) => c.lines).join("")).toBe(zh.join(""));
    expect(textWidth(cues[0]!.lines[0]!)).toBeGreaterThan(36);
  });

  it("split a Japanese clause espeak-ng times as one word, sharing its time by width", () => {
    const clause = "アバタースタジオへようこそ東京の天気は晴れですが明日は雨が降るでしょう";
    const cues = buildCues([{ offset: 0, duration: 4, words: [{ text: clause, start: 0.5, end: 3.5 }] }]);
    expect(cues.flatMap((c) => c.lines).join("")).toBe(clause);
    for (const c of cues) for (const l of c.lines) expect(textWidth(l)).toBeLessThanOrEqual(42);
    expect(cues[0]!.lines).toHaveLength(2);
    expect(cues[0]!.start).toBeCloseTo(0.5);
    expect(cues.at(-1)!.end).toBeCloseTo(3.5);
  });

  it("fill a line with the start of a CJK word that does not fit whole", () => {
    const words = timed(["こんにちは、", "アバタースタジオへようこそ。", "東京"]);
    const cues = buildCues([{ offset: 0, duration: 3, words }], { ...CUE_RULES, maxLineChars: 23 });
    expect(cues.map((c) => c.lines)).toEqual([["こんにちは、アバタース", "タジオへようこそ。東京"]]);
  });

  it("mix Latin and CJK without spaces at the joins, Korean with its spaces", () => {
    expect(buildCues([{ offset: 0, duration: 3, words: timed(["これは", "AI", "です"]) }])[0]!.lines).toEqual(["これはAIです"]);
    expect(buildCues([{ offset: 0, duration: 3, words: timed(["안녕하세요", "세계"]) }])[0]!.lines).toEqual(["안녕하세요 세계"]);
  });
});

describe("cueRules", () => {
  it("keeps 42 columns on 16:9 and square frames and narrows lines on portrait ones", () => {
    expect(cueRules({ width: 1920, height: 1080 })).toEqual(CUE_RULES);
    expect(cueRules({ width: 1080, height: 1080 }).maxLineChars).toBe(42);
    expect(cueRules({ width: 1080, height: 1920 }).maxLineChars).toBe(23);
  });

  it("keeps portrait CJK captions inside the margins: 11 characters a line", () => {
    const words = timed("欢迎 使 用 阿 凡 达 工 作 室 这 是 一个 可以 自己 托管 的 演 示 者".split(" "), 0.2);
    const cues = buildCues([{ offset: 0, duration: 6, words }], cueRules({ width: 1080, height: 1920 }));
    for (const c of cues) for (const l of c.lines) expect(textWidth(l)).toBeLessThanOrEqual(23);
  });
});
