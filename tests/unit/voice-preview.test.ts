import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it, vi } from "vitest";
import { findVoice, type BuiltinVoice } from "@/lib/catalog";
import { LocalStorage } from "@/lib/storage/local-storage";
import { previewKey, voicePreview } from "@/lib/generation/local/voice-preview";

// The engines and ffmpeg share the CPU with other test files; give them room.
vi.setConfig({ testTimeout: 30_000 });

// Voice previews: an MP3 made once per (voice, text) and then served from storage.

const root = mkdtempSync(path.join(tmpdir(), "voice-preview-"));
const store = new LocalStorage(root);
vi.mock("@/lib/storage/storage", () => ({ storage: () => store }));
afterAll(() => rmSync(root, { recursive: true, force: true }));

async function bytes(body: NodeJS.ReadableStream): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of body) chunks.push(Buffer.from(chunk as Buffer));
  return Buffer.concat(chunks);
}

describe("voice preview", () => {
  it("makes an MP3 once and then serves the stored one", async () => {
    const voice = findVoice("avs_voice_en_us_sally") as BuiltinVoice;
    const first = await voicePreview(voice, "Hello, I am Sally.");
    const mp3 = await bytes(first.body);
    expect(mp3.length).toBe(first.size);
    // An ID3 tag or an MPEG audio frame sync.
    expect(mp3.subarray(0, 3).toString("latin1") === "ID3" || (mp3[0] === 0xff && (mp3[1]! & 0xe0) === 0xe0)).toBe(true);
    const stored = await store.stat(previewKey(voice.voice_id, "Hello, I am Sally."));
    const again = await voicePreview(voice, "Hello, I am Sally.");
    await bytes(again.body);
    expect((await store.stat(previewKey(voice.voice_id, "Hello, I am Sally.")))!.modifiedAt).toEqual(stored!.modifiedAt);
  });

  it("keys the cache by voice and text", () => {
    expect(previewKey("a", "hi")).not.toBe(previewKey("b", "hi"));
    expect(previewKey("a", "hi")).not.toBe(previewKey("a", "hi!"));
    expect(previewKey("a", "hi")).toMatch(/^previews\/voices\/[0-9a-f]{40}\.mp3$/);
  });
});
