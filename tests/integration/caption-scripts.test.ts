import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { api } from "./support/http";
import { makeKey, makeUser } from "./support/fixtures";
import { finishedVideo } from "./support/videos";
import { startWorker, type RunningWorker } from "../support/worker";

// Captions in scripts Geist lacks, end to end: built-in voices speak Japanese and Hindi, a real worker burns
// the captions in with the bundled Noto fonts. (Arabic has no built-in voice; tests/unit/render/
// caption-scripts.test.ts burns it, and checks the glyphs themselves, at the compose step.)
const W = 320;
const H = 180;
let worker: RunningWorker;
let key: string;

type Status = { status: string; error: unknown; video_url: string; video_url_caption: string; caption_url: string };

const waitFor = (id: string) => finishedVideo<Status>(id, { key });

// One frame as RGB, also kept as a PNG under test-results/ for a person to look at.
function frameAt(file: string, seconds: number, png: string): Buffer {
  execFileSync("ffmpeg", ["-v", "error", "-ss", String(seconds), "-i", file, "-frames:v", "1", "-y", png]);
  return execFileSync("ffmpeg", [
    "-v",
    "error",
    "-ss",
    String(seconds),
    "-i",
    file,
    "-frames:v",
    "1",
    "-f",
    "rawvideo",
    "-pix_fmt",
    "rgb24",
    "-",
  ]);
}

// Where the captioned frame differs from the clean one: pixel counts above and below 60% of the height.
function captionPixels(clean: Buffer, captioned: Buffer): { above: number; below: number } {
  const out = { above: 0, below: 0 };
  for (let i = 0; i < W * H; i++) {
    if ([0, 1, 2].every((c) => Math.abs(clean[3 * i + c]! - captioned[3 * i + c]!) <= 40)) continue;
    if (Math.floor(i / W) < H * 0.6) out.above++;
    else out.below++;
  }
  return out;
}

const seconds = (t: string) => t.split(":").reduce((acc, part) => acc * 60 + Number(part), 0);

beforeAll(async () => {
  worker = await startWorker(
    { STORAGE_DIR: inject("storageDir"), APP_URL: inject("baseUrl"), WORKER_CONCURRENCY: "2" },
    "caption-scripts-worker",
  );
  key = await makeKey((await makeUser("captions")).teamId);
}, 90_000);

afterAll(async () => {
  await worker?.stop();
});

describe("captions in other scripts", () => {
  it("burns Japanese and Hindi captions in their Noto fonts and writes them to the caption file", async () => {
    const background = { type: "color", value: "#204060" };
    const body = {
      caption: true,
      dimension: { width: W, height: H },
      video_inputs: [
        { voice: { type: "text", voice_id: "avs_voice_ja_yuki", input_text: "こんにちは。とうきょうへ ようこそ。" }, background },
        { voice: { type: "text", voice_id: "avs_voice_hi_priya", input_text: "नमस्ते दुनिया। आपका स्वागत है।" }, background },
      ],
    };
    const made = await api("POST", "/v2/video/generate", { key, json: body });
    expect(made.status, made.text).toBe(200);
    const done = await waitFor(made.body.data.video_id);
    expect(done.error).toBeNull();

    const ass = await (await fetch(done.caption_url)).text();
    expect(ass).toMatch(/^Style: ja,Noto Sans JP,\d+,/m);
    expect(ass).toMatch(/^Style: devanagari,Noto Sans Devanagari,\d+,/m);
    const dialogue = [...ass.matchAll(/^Dialogue: 0,([\d:.]+),([\d:.]+),(\w+),,0,0,0,,(.*)$/gm)].map((m) => ({
      start: seconds(m[1]!),
      end: seconds(m[2]!),
      style: m[3]!,
      text: m[4]!,
    }));
    expect(
      dialogue
        .filter((d) => d.style === "ja")
        .map((d) => d.text)
        .join(""),
    ).toContain("こんにちは");
    // The vowel signs that end Hindi words stay (नमस्ते, not नमस्त).
    expect(
      dialogue
        .filter((d) => d.style === "devanagari")
        .map((d) => d.text)
        .join(" "),
    ).toContain("नमस्ते");

    const dir = mkdtempSync(path.join(os.tmpdir(), "caption-scripts-"));
    const clean = path.join(dir, "clean.mp4");
    const captioned = path.join(dir, "captioned.mp4");
    execFileSync("curl", ["-sf", "-o", clean, done.video_url]);
    execFileSync("curl", ["-sf", "-o", captioned, done.video_url_caption]);
    const keep = path.join("test-results", "caption-scripts");
    mkdirSync(keep, { recursive: true });
    for (const style of ["ja", "devanagari"]) {
      const cue = dialogue.find((d) => d.style === style)!;
      const at = (cue.start + cue.end) / 2;
      const pixels = captionPixels(frameAt(clean, at, path.join(dir, "c.png")), frameAt(captioned, at, path.join(keep, `${style}.png`)));
      expect(pixels.above, style).toBe(0);
      expect(pixels.below, style).toBeGreaterThan(100);
    }
  }, 180_000);
});
