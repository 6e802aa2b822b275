import "server-only";
import { execFile } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Readable } from "node:stream";
import { promisify } from "node:util";
import type { BuiltinVoice } from "@/lib/catalog";
import { env } from "@/lib/env";
import { storage } from "@/lib/storage/storage";
import { textVoice } from "@/lib/render/voice/text-voice";

const run = promisify(execFile);

// Bump when the engines or settings change how a preview sounds, so cached samples are made again.
const PREVIEW_VERSION = "1";

export const PREVIEW_CONTENT_TYPE = "audio/mpeg";

// The storage key of a voice's sample of `text`: one MP3 per (voice, text), shared by all teams.
export function previewKey(voiceId: string, text: string): string {
  const hash = createHash("sha256").update(`${PREVIEW_VERSION}\0${voiceId}\0${text}`).digest("hex");
  return `previews/voices/${hash.slice(0, 40)}.mp3`;
}

async function makePreview(voice: BuiltinVoice, text: string, key: string): Promise<void> {
  const workDir = await mkdtemp(path.join(tmpdir(), "voice-preview-"));
  try {
    const track = await textVoice(voice.voice_id, { text, speed: 1, pitch: 0 }, { workDir, fps: 25 });
    const mp3 = path.join(workDir, "preview.mp3");
    const args = [
      "-hide_banner",
      "-nostdin",
      "-loglevel",
      "error",
      "-protocol_whitelist",
      "file",
      "-f",
      "wav",
      "-i",
      `file:${track.wavPath}`,
    ];
    await run(env().ffmpegPath, [...args, "-ac", "1", "-ar", "24000", "-c:a", "libmp3lame", "-b:a", "48k", "-y", `file:${mp3}`], {
      timeout: 30_000,
      killSignal: "SIGKILL",
    });
    await storage().putFile(key, mp3);
  } finally {
    await rm(workDir, { recursive: true, force: true });
  }
}

// An MP3 of the voice saying `text`, made on first request and then served from storage.
export async function voicePreview(voice: BuiltinVoice, text: string): Promise<{ body: Readable; size: number }> {
  const key = previewKey(voice.voice_id, text);
  if (!(await storage().stat(key))) await makePreview(voice, text, key);
  const [body, stat] = await Promise.all([storage().get(key), storage().stat(key)]);
  if (!body || !stat) throw new Error(`The preview ${key} vanished from storage.`);
  return { body, size: stat.size };
}
