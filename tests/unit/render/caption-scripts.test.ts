import { writeFile } from "node:fs/promises";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { videoRequestSchema } from "@/lib/contract/schema";
import { binaries } from "@/lib/render/binaries";
import { assScripts, writeAss, type Cue } from "@/lib/render/captions";
import { composeScene } from "@/lib/render/compose";
import { fontsDir } from "@/lib/render/fonts";
import { planVideo } from "@/lib/render/plan";
import { readFrames, tempDir } from "./media-fixtures";

// Captions in the scripts Geist lacks, burned in by the real compose step at 320x180: the bundled Noto fonts
// draw real glyphs (not the empty boxes of a missing font), Arabic joins and reads from the right, and
// Devanagari is shaped.
const W = 320;
const H = 180;
const scene = planVideo(
  videoRequestSchema.parse({
    video_inputs: [{ voice: { type: "silence" }, background: { type: "color", value: "#204060" } }],
    dimension: { width: W, height: H },
  }),
  { voiceDurations: [1.2], media: {} },
).scenes[0]!;
let dir: string;
let n = 0;

type Ink = { count: number; minX: number; maxX: number; frame: Buffer; clean: Buffer };

// The caption's pixels at 1 s (those that differ from the clean twin) and where they lie.
function ink(frame: Buffer, clean: Buffer): Ink {
  const out: Ink = { count: 0, minX: W, maxX: -1, frame, clean };
  for (let i = 0; i < W * H; i++) {
    if ([0, 1, 2].every((c) => Math.abs(frame[3 * i + c]! - clean[3 * i + c]!) <= 40)) continue;
    out.count++;
    out.minX = Math.min(out.minX, i % W);
    out.maxX = Math.max(out.maxX, i % W);
  }
  return out;
}

/** Burns one cue through composeScene with the fonts its script needs (or `fonts`), and returns its ink. */
async function burn(lines: string[], opts: { language?: string; fonts?: string; edit?: (ass: string) => string } = {}): Promise<Ink> {
  const cues: Cue[] = [{ start: 0, end: 2, lines }];
  const id = ++n;
  const file = path.join(dir, `c${id}.ass`);
  const ass = writeAss(cues, { width: W, height: H }, { language: opts.language });
  await writeFile(file, opts.edit ? opts.edit(ass) : ass);
  const out = { clean: path.join(dir, `clean${id}.mp4`), captioned: path.join(dir, `cap${id}.mp4`) };
  await composeScene(scene, { captionsAss: file, fontsDir: opts.fonts ?? fontsDir(assScripts(cues, opts)) }, out);
  const [clean, captioned] = await Promise.all([readFrames(out.clean, W, H), readFrames(out.captioned, W, H)]);
  return ink(captioned[25]!, clean[25]!);
}

// How different two captions look, relative to how much the first stands out from the background: 0 for
// the same picture (a missing font draws every character as the same box), about 1 for unrelated text.
function unlike(a: Ink, b: Ink): number {
  let between = 0;
  let against = 0;
  for (let i = 0; i < a.frame.length; i++) {
    between += Math.abs(a.frame[i]! - b.frame[i]!);
    against += Math.abs(a.frame[i]! - a.clean[i]!);
  }
  return between / against;
}

beforeAll(async () => {
  dir = await tempDir();
});

describe("captions in CJK, Arabic and Devanagari", () => {
  // Two captions of the same length in each script: a missing font draws both as the same row of boxes.
  it.each([
    ["Japanese", "こんにちは世界", "ありがとう東京"],
    ["Chinese", "你好世界欢迎", "谢谢大家再见"],
    ["Korean", "안녕하세요 세계", "감사합니다 서울"],
    ["Arabic", "مرحبا بالعالم", "شكرا جزيلا لك"],
    ["Hindi", "नमस्ते दुनिया", "धन्यवाद भारत"],
  ])(
    "%s: the bundled Noto font draws distinct glyphs, inside the side margins",
    async (language, a, b) => {
      const [first, second, fallback] = await Promise.all([
        burn([a], { language }),
        burn([b], { language }),
        burn([a], { language, fonts: fontsDir(["latin"]) }),
      ]);
      expect(first.count).toBeGreaterThan(150);
      expect(second.count).toBeGreaterThan(150);
      expect(unlike(first, second)).toBeGreaterThan(0.5);
      // Without the Noto font libass draws boxes (or, for Arabic, a system font): other pixels.
      expect(unlike(first, fallback)).toBeGreaterThan(0.5);
      expect(first.minX).toBeGreaterThanOrEqual(Math.floor(W * 0.075) - 2);
      expect(first.maxX).toBeLessThanOrEqual(Math.ceil(W * 0.925) + 2);
    },
    30_000,
  );

  it("the measure sees missing glyphs: without its font, two Japanese captions are the same row of boxes", async () => {
    const fonts = fontsDir(["latin"]);
    const [a, b] = await Promise.all([burn(["こんにちは世界"], { fonts }), burn(["ありがとう東京"], { fonts })]);
    expect(a.count).toBeGreaterThan(150);
    expect(unlike(a, b)).toBeLessThan(0.1);
  }, 30_000);

  it("Arabic letters join: a word is narrower than its letters kept apart by zero-width non-joiners", async () => {
    const [joined, apartLetters] = await Promise.all([burn(["سيسبيس"]), burn(["س\u200Cي\u200Cس\u200Cب\u200Cي\u200Cس"])]);
    expect(joined.count).toBeGreaterThan(50);
    expect(joined.maxX - joined.minX).toBeLessThan(0.85 * (apartLetters.maxX - apartLetters.minX));
  }, 30_000);

  it("an Arabic line reads from the right even when it opens with a Latin word: Hello comes first, at the right", async () => {
    // Either part made invisible (it keeps its place): where does the other one lie?
    const hide = (part: "latin" | "arabic") => (ass: string) =>
      ass.replace("Hello مرحبا", part === "latin" ? "{\\alpha&HFF&}Hello {\\alpha&H00&}مرحبا" : "Hello {\\alpha&HFF&}مرحبا");
    const [arabic, latin] = await Promise.all([
      burn(["Hello مرحبا"], { edit: hide("latin") }),
      burn(["Hello مرحبا"], { edit: hide("arabic") }),
    ]);
    expect(arabic.count).toBeGreaterThan(30);
    expect(latin.count).toBeGreaterThan(30);
    expect(arabic.maxX).toBeLessThan(latin.minX + 2);
  }, 30_000);

  // The npm ffmpeg 4.1's libass has no HarfBuzz: it draws Devanagari letters unshaped (see compose-scene.ts).
  // CI runs these tests with it too, as FFMPEG_PATH.
  it.skipIf(binaries().ffmpeg.includes(`${path.sep}@ffmpeg-installer${path.sep}`))(
    "Devanagari is shaped: क्ष is one conjunct, narrower than क् and ष kept apart",
    async () => {
      const [conjunct, spelled] = await Promise.all([burn(["क्ष क्ष क्ष"]), burn(["क्\u200Cष क्\u200Cष क्\u200Cष"])]);
      expect(conjunct.count).toBeGreaterThan(50);
      expect(conjunct.maxX - conjunct.minX).toBeLessThan(0.85 * (spelled.maxX - spelled.minX));
    },
    30_000,
  );
});
