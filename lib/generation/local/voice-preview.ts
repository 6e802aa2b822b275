import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Readable } from "node:stream";
import { Piscina } from "piscina";
import type { BuiltinVoice } from "@/lib/catalog";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { storage } from "@/lib/storage/storage";

// Bump when the engines or settings change how a preview sounds, so cached samples are made again.
const PREVIEW_VERSION = "1";

export const PREVIEW_CONTENT_TYPE = "audio/mpeg";

// The storage key of a voice's sample of `text`: one MP3 per (voice, text), shared by all teams.
export function previewKey(voiceId: string, text: string): string {
  const hash = createHash("sha256").update(`${PREVIEW_VERSION}\0${voiceId}\0${text}`).digest("hex");
  return `previews/voices/${hash.slice(0, 40)}.mp3`;
}

// Two synthesis threads per process: the engines are synchronous WASM, and the web server's own thread must
// keep answering (health checks, pages, the API) while they work. Started on first use.
let threads: Piscina | undefined;
function pool(): Piscina {
  threads ??= new Piscina({
    filename: path.join(process.cwd(), "lib", "generation", "local", "preview-thread.ts"),
    // The thread loads our TypeScript as the worker process does.
    execArgv: ["--conditions=react-server", "--import", "tsx"],
    minThreads: 0,
    maxThreads: 2,
    idleTimeout: 60_000,
  });
  return threads;
}

// Concurrent first requests for the same sample share one synthesis.
const making = new Map<string, Promise<void>>();

// Makes the sample into a temporary file, stores it and records it in the cache table.
async function makePreview(key: string, make: (out: string) => Promise<void>): Promise<void> {
  const out = path.join(tmpdir(), `voice-preview-${randomBytes(8).toString("hex")}.mp3`);
  try {
    await make(out);
    const { size } = await storage().putFile(key, out);
    await db().voicePreview.upsert({
      where: { key },
      create: { key, sizeBytes: size },
      update: { sizeBytes: size, lastUsedAt: new Date() },
    });
    await evictPreviews();
  } finally {
    await rm(out, { force: true });
  }
}

/** Keeps the cache under VOICE_PREVIEW_CACHE_MB: the least recently played samples go first. */
async function evictPreviews(capBytes = env().voicePreviewCacheMb * 1024 * 1024): Promise<number> {
  const { _sum } = await db().voicePreview.aggregate({ _sum: { sizeBytes: true } });
  let over = (_sum.sizeBytes ?? 0) - capBytes;
  let evicted = 0;
  while (over > 0) {
    const oldest = await db().voicePreview.findMany({ orderBy: { lastUsedAt: "asc" }, take: 50 });
    if (!oldest.length) break;
    for (const row of oldest) {
      if (over <= 0) break;
      await storage().delete(row.key);
      await db().voicePreview.deleteMany({ where: { key: row.key } });
      over -= row.sizeBytes;
      evicted++;
    }
  }
  return evicted;
}

/**
 * The MP3 stored at `key`: from the cache, or made by `make` and cached. `onMiss` runs before a new sample is
 * made (the route charges the team's preview budget there).
 */
export async function cachedPreview(
  key: string,
  make: (out: string) => Promise<void>,
  onMiss?: () => Promise<void>,
): Promise<{ body: Readable; size: number }> {
  if (await storage().stat(key)) {
    await db().voicePreview.updateMany({ where: { key }, data: { lastUsedAt: new Date() } });
  } else {
    await onMiss?.();
    let pending = making.get(key);
    if (!pending) {
      pending = makePreview(key, make).finally(() => making.delete(key));
      making.set(key, pending);
    }
    await pending;
  }
  const [body, stat] = await Promise.all([storage().get(key), storage().stat(key)]);
  if (!body || !stat) throw new Error(`The preview ${key} vanished from storage.`);
  return { body, size: stat.size };
}

/** An MP3 of a built-in voice saying `text`, made on a synthesis thread (the engines are synchronous WASM). */
export function voicePreview(voice: BuiltinVoice, text: string, onMiss?: () => Promise<void>): Promise<{ body: Readable; size: number }> {
  return cachedPreview(previewKey(voice.voice_id, text), (out) => pool().run({ voiceId: voice.voice_id, text, out }), onMiss);
}
