import "server-only";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Readable } from "node:stream";
import type { RemoteVoice } from "@/lib/catalog";
import { stripBreaks } from "@/lib/contract/breaks";
import { RenderFailure } from "@/lib/render/failure";
import { mediaFileInput, runFfmpeg } from "@/lib/render/ffmpeg";
import { remoteSpeech } from "@/lib/speech/remote-speech";
import { speechAccess } from "@/lib/speech/speech-access";
import { accessFingerprint } from "@/lib/speech/speech-access";
import { UpstreamFailed } from "@/lib/errors";
import { cachedPreview, previewKey } from "./voice-preview";

/**
 * An MP3 of a team's remote voice saying `text`, spoken by its provider (through the speech cache) and kept in
 * the preview cache under the team's provider fingerprint, so two keys never share a sample.
 */
export async function remoteVoicePreview(
  teamId: string,
  voice: RemoteVoice,
  text: string,
  onMiss?: () => Promise<void>,
): Promise<{ body: Readable; size: number }> {
  const access = await speechAccess(teamId, voice.provider);
  const key = previewKey(`${voice.voice_id}\0${access ? accessFingerprint(access) : ""}`, text);
  return cachedPreview(
    key,
    async (out) => {
      const workDir = await mkdtemp(path.join(tmpdir(), "remote-preview-"));
      try {
        // One request for the whole sample: a preview has no pauses to keep.
        const said = { type: "text" as const, voice_id: voice.voice_id, input_text: stripBreaks(text), speed: 1, pitch: 0 };
        const speech = await remoteSpeech(teamId, said, workDir);
        const part = speech?.parts.find((p) => p.type === "speech");
        if (!part || part.type !== "speech") throw new Error(`voice ${voice.voice_id} said nothing`);
        await runFfmpeg([...mediaFileInput(part.file), "-vn", "-ac", "1", "-ar", "24000", "-c:a", "libmp3lame", "-b:a", "48k", "-y", out], {
          timeoutMs: 30_000,
        });
      } catch (error) {
        // The provider's refusal or outage, as the API's 502 with its message.
        if (error instanceof RenderFailure) throw new UpstreamFailed(error.message);
        throw error;
      } finally {
        await rm(workDir, { recursive: true, force: true });
      }
    },
    onMiss,
  );
}
