import "server-only";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { ownFileInput, runFfmpeg } from "@/lib/render/ffmpeg";
import { textVoice } from "./text-voice";

/** A built-in voice saying `text`, as a small MP3 (24 kHz mono, 48 kb/s) at `out`. */
export async function previewMp3(voiceId: string, text: string, out: string): Promise<void> {
  const workDir = await mkdtemp(path.join(tmpdir(), "voice-preview-"));
  try {
    const track = await textVoice(voiceId, { text, speed: 1, pitch: 0 }, { workDir, fps: 25 });
    await runFfmpeg([...ownFileInput(track.wavPath), "-ac", "1", "-ar", "24000", "-c:a", "libmp3lame", "-b:a", "48k", "-y", out], {
      timeoutMs: 30_000,
    });
  } finally {
    await rm(workDir, { recursive: true, force: true });
  }
}
