import "server-only";
import { randomUUID } from "node:crypto";
import { db } from "@/lib/db";
import { Invalid, TooLarge } from "@/lib/errors";
import type { Asset } from "@/lib/generated/prisma/client";
import { assetName } from "@/lib/assets/asset-name";
import { formatMegabytes, maxUploadBytes, sizeLimits, type MediaType } from "@/lib/assets/media-types";
import { probeAsset } from "@/lib/assets/probe-asset";
import { readHead, type SplitStream } from "@/lib/assets/read-head";
import { SNIFF_BYTES, sniffMediaType } from "@/lib/assets/sniff-media-type";
import { scratchFile } from "@/lib/storage/scratch-file";
import { StorageLimitError } from "@/lib/storage/storage-errors";
import { storage } from "@/lib/storage/storage";
import { streamToFile } from "@/lib/storage/stream-to-file";
import { teamStorage } from "@/lib/limits/team-limits";

export type UploadInput = {
  teamId: string;
  body: ReadableStream<Uint8Array> | null;
  // Request headers that matter: Content-Length (an early 413) and Content-Disposition (the name).
  headers: Headers;
  name?: string;
  createdById?: string | null;
  apiKeyId?: string | null;
  // The team's provider, which takes the stored asset over (HeyGen uploads it upstream) and answers it as
  // recorded; asked for before the body is read, so a provider that cannot be used costs no upload.
  provider: () => Promise<{ uploadAsset: HandOver }>;
};

type HandOver = (asset: Asset) => Promise<Asset>;

const nouns = { image: ["image", "images"], video: ["video", "videos"], audio: ["audio file", "audio files"] } as const;

function tooLarge(type: MediaType | null, limit: number): TooLarge {
  const what = type ? `The ${nouns[type.kind][0]}` : "The file";
  const rule = type ? `the limit for ${nouns[type.kind][1]}` : "the largest upload we accept";
  return new TooLarge(`${what} is larger than ${formatMegabytes(limit)}, ${rule}; upload a smaller file.`);
}

// POST /v1/asset: the raw body is sniffed from its first bytes, streamed to a scratch file with the
// limit of its type, probed with ffprobe, moved into storage and recorded. Never held in memory. A team whose
// provider is HeyGen gets the file uploaded there too (streamed from storage); if the upstream refuses it, the
// upload fails with the upstream's message and nothing is kept. A refusal may leave the body unread; the
// route wrapper then closes the connection.
export async function uploadAsset(input: UploadInput): Promise<Asset> {
  const declared = Number(input.headers.get("content-length") ?? "");
  if (declared > maxUploadBytes) throw tooLarge(null, maxUploadBytes);
  // Checked before reading the body, so a bad name costs no upload.
  const requestedName = assetName(input.name, input.headers.get("content-disposition"), "");
  if (!input.body) throw Invalid.field("body", "is empty; send the file's bytes as the request body");
  const provider = await input.provider();
  const split = await readHead(input.body, SNIFF_BYTES);
  let asset: Asset;
  try {
    asset = await store(input, split, declared, requestedName);
  } finally {
    split.release();
  }
  return await handOver(provider.uploadAsset, asset);
}

async function handOver(uploadAsset: HandOver, asset: Asset): Promise<Asset> {
  try {
    return await uploadAsset(asset);
  } catch (error) {
    await db().asset.deleteMany({ where: { id: asset.id } });
    await storage().delete(asset.storageKey);
    throw error;
  }
}

const megabytes = (bytes: number) => `${Math.ceil(bytes / 1e6).toLocaleString("en")} MB`;

// How many more bytes the team may store, and the answer when a file does not fit.
async function teamRoom(teamId: string): Promise<{ bytes: number; full: () => TooLarge }> {
  const { usedBytes, limitBytes } = await teamStorage(teamId);
  const bytes = limitBytes === null ? Infinity : Math.max(0, limitBytes - usedBytes);
  const full = () =>
    new TooLarge(
      `The team's storage is full: ${megabytes(usedBytes)} of ${megabytes(limitBytes ?? 0)} are used, and this file does not fit in what is left; delete assets you no longer need, or ask your operator for more room.`,
    );
  return { bytes, full };
}

async function store(input: UploadInput, { head, rest }: SplitStream, declared: number, requestedName: string): Promise<Asset> {
  if (head.length === 0) throw Invalid.field("body", "is empty; send the file's bytes as the request body");
  const type = await sniffMediaType(head);
  const limit = sizeLimits[type.kind];
  if (declared > limit) throw tooLarge(type, limit);
  // The team's storage limit (set by operators) stops the stream as soon as the file cannot fit.
  const room = await teamRoom(input.teamId);
  if (declared > room.bytes) throw room.full();
  const cap = Math.min(limit, room.bytes);
  const scratch = await scratchFile(`.${type.ext}`);
  try {
    const size = await streamToFile(rest, scratch.path, { maxBytes: cap }).catch((error: unknown) => {
      if (!(error instanceof StorageLimitError)) throw error;
      throw cap < limit ? room.full() : tooLarge(type, limit);
    });
    const probe = await probeAsset(type, scratch.path);
    const id = randomUUID().replace(/-/g, "");
    const key = `teams/${input.teamId}/assets/${id}.${type.ext}`;
    await storage().putFile(key, scratch.path);
    try {
      return await db().asset.create({
        data: {
          id,
          teamId: input.teamId,
          name: requestedName || `${type.kind}-${id.slice(0, 8)}.${type.ext}`,
          type: type.kind,
          mimeType: type.mime,
          storageKey: key,
          sizeBytes: size,
          ...probe,
          createdById: input.createdById ?? null,
          apiKeyId: input.apiKeyId ?? null,
        },
      });
    } catch (error) {
      await storage().delete(key);
      throw error;
    }
  } finally {
    await scratch.remove();
  }
}
