import "server-only";
import { randomUUID } from "node:crypto";
import { db } from "@/lib/db";
import { TooLarge } from "@/lib/errors";
import type { Asset } from "@/lib/generated/prisma/client";
import { assetName } from "@/lib/assets/asset-name";
import { formatMegabytes, maxUploadBytes, sizeLimits, type MediaType } from "@/lib/assets/media-types";
import { probeAsset } from "@/lib/assets/probe-asset";
import { receiveUpload, type ReceivedUpload, type UploadLimit, type UploadSource } from "@/lib/assets/receive-upload";
import { storage } from "@/lib/storage/storage";
import { teamStorage } from "@/lib/limits/team-limits";

export type UploadInput = {
  teamId: string;
  source: UploadSource;
  // `?name=`: wins over the sender's filename.
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

// An upload (POST /v1/asset's raw body or URL, POST /v3/assets' form part): received by receiveUpload with
// the limit of its type and the team's room, probed with ffprobe, moved into storage and recorded. A team
// whose provider is HeyGen gets the file uploaded there too (streamed from storage); if the upstream refuses
// it, the upload fails with the upstream's message and nothing is kept.
export async function uploadAsset(input: UploadInput): Promise<Asset> {
  if ((input.source.declaredBytes ?? 0) > maxUploadBytes) throw tooLarge(null, maxUploadBytes);
  // Checked before reading the body, so a bad name costs no upload.
  const requestedName = assetName(input.name, input.source.filename, "");
  const provider = await input.provider();
  const asset = await receiveUpload(
    input.source,
    (type) => limitFor(input.teamId, type),
    (upload) => record(input, upload, requestedName),
  );
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

// The limit of the type, lowered to what the team may still store (its storage limit, set by operators),
// so the stream stops as soon as the file cannot fit.
async function limitFor(teamId: string, type: MediaType): Promise<UploadLimit> {
  const limit = sizeLimits[type.kind];
  const { usedBytes, limitBytes } = await teamStorage(teamId);
  const room = limitBytes === null ? Infinity : Math.max(0, limitBytes - usedBytes);
  if (room >= limit) return { bytes: limit, exceeded: () => tooLarge(type, limit) };
  const full = () =>
    new TooLarge(
      `The team's storage is full: ${megabytes(usedBytes)} of ${megabytes(limitBytes ?? 0)} are used, and this file does not fit in what is left; delete assets you no longer need, or ask your operator for more room.`,
    );
  return { bytes: room, exceeded: full };
}

async function record(input: UploadInput, upload: ReceivedUpload, requestedName: string): Promise<Asset> {
  const { type } = upload;
  const probe = await probeAsset(type, upload.path);
  const id = randomUUID().replace(/-/g, "");
  const key = `teams/${input.teamId}/assets/${id}.${type.ext}`;
  await storage().putFile(key, upload.path);
  try {
    return await db().asset.create({
      data: {
        id,
        teamId: input.teamId,
        name: requestedName || `${type.kind}-${id.slice(0, 8)}.${type.ext}`,
        type: type.kind,
        mimeType: type.mime,
        storageKey: key,
        sizeBytes: upload.size,
        ...probe,
        createdById: input.createdById ?? null,
        apiKeyId: input.apiKeyId ?? null,
      },
    });
  } catch (error) {
    await storage().delete(key);
    throw error;
  }
}
