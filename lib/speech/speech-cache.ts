import "server-only";
import { createHash } from "node:crypto";
import { writeFile } from "node:fs/promises";
import { buffer } from "node:stream/consumers";
import { Readable } from "node:stream";
import { fileTypeFromBuffer } from "file-type";
import { RenderFailure } from "@/lib/render/failure";
import type { MediaFile } from "@/lib/render/ffmpeg";
import type { Word } from "@/lib/render/voice/types";
import { storage } from "@/lib/storage/storage";
import { accessFingerprint, PROVIDER_LABEL, type SpeechAccess } from "./speech-access";

// Remote speech kept in our storage by (provider, voice, text, settings, a fingerprint of URL and key): a
// re-render, a retried job or a second scene saying the same thing costs no second provider call.

// Bump when what is stored changes meaning.
const CACHE_VERSION = "1";

export type SpokenPart = { audio: Buffer; words?: Word[] };
type Meta = { demuxer: string; words?: Word[] };

// The demuxer for what the provider sent, from its bytes: MP3, WAV, Ogg (Opus, Vorbis) or FLAC only.
const DEMUXERS: Record<string, string> = { mp3: "mp3", wav: "wav", opus: "ogg", ogg: "ogg", oga: "ogg", flac: "flac" };

async function demuxerOf(access: SpeechAccess, audio: Buffer): Promise<string> {
  const type = await fileTypeFromBuffer(audio.subarray(0, 4100));
  const demuxer = type && DEMUXERS[type.ext];
  if (!demuxer)
    throw new RenderFailure(
      "voice_unavailable",
      `${PROVIDER_LABEL[access.provider]} answered with ${type ? `${type.ext.toUpperCase()} (${type.mime})` : "something that is not audio"}; expected MP3, WAV, Opus or FLAC.`,
      true,
    );
  return demuxer;
}

export function speechCacheKey(access: SpeechAccess, voice: string, body: Record<string, unknown>): string {
  const hash = createHash("sha256")
    .update(JSON.stringify([CACHE_VERSION, access.provider, accessFingerprint(access), voice, body]))
    .digest("hex");
  return `speech-cache/${hash.slice(0, 40)}`;
}

/** The speech for `key` as a local file at `file` (plus its words), from the cache or made by `speak` and cached. */
export async function cachedSpeech(
  access: SpeechAccess,
  key: string,
  file: string,
  speak: () => Promise<SpokenPart>,
): Promise<{ file: MediaFile; words?: Word[] }> {
  const store = storage();
  const metaBody = await store.get(`${key}.json`);
  const audioBody = metaBody ? await store.get(`${key}.audio`) : null;
  if (metaBody && audioBody) {
    const meta = JSON.parse((await buffer(metaBody)).toString("utf8")) as Meta;
    await writeFile(file, await buffer(audioBody));
    return { file: { path: file, demuxer: meta.demuxer }, words: meta.words };
  }
  metaBody?.destroy();
  const spoken = await speak();
  const demuxer = await demuxerOf(access, spoken.audio);
  await writeFile(file, spoken.audio);
  // The audio first: the meta file is what marks an entry complete.
  // From memory: putFile may move the file away, and the engine still reads it.
  await store.put(`${key}.audio`, Readable.from([spoken.audio]));
  const meta: Meta = { demuxer, words: spoken.words };
  await store.put(`${key}.json`, Readable.from([Buffer.from(JSON.stringify(meta))]));
  return { file: { path: file, demuxer }, words: spoken.words };
}
