import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it, vi } from "vitest";
import { previewKey } from "@/lib/generation/local/voice-preview";
import { previewMp3 } from "@/lib/render/voice/preview-mp3";

// The engines and ffmpeg share the CPU with other test files; give them room.
vi.setConfig({ testTimeout: 30_000 });

// Voice previews: the engine's MP3 of a voice saying a text, and the cache key it is stored under. (The cache
// itself, with its synthesis threads and eviction, is tested on the real server: tests/integration.)

const root = mkdtempSync(path.join(tmpdir(), "voice-preview-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe("voice preview", () => {
  it("is an MP3 of the voice saying the text", async () => {
    const out = path.join(root, "sally.mp3");
    await previewMp3("avs_voice_en_us_sally", "Hello, I am Sally.", out);
    const mp3 = readFileSync(out);
    expect(mp3.length).toBeGreaterThan(1000);
    // An ID3 tag or an MPEG audio frame sync.
    expect(mp3.subarray(0, 3).toString("latin1") === "ID3" || (mp3[0] === 0xff && (mp3[1]! & 0xe0) === 0xe0)).toBe(true);
  });

  it("keys the cache by voice and text", () => {
    expect(previewKey("a", "hi")).not.toBe(previewKey("b", "hi"));
    expect(previewKey("a", "hi")).not.toBe(previewKey("a", "hi!"));
    expect(previewKey("a", "hi")).toMatch(/^previews\/voices\/[0-9a-f]{40}\.mp3$/);
  });
});
