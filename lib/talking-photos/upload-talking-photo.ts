import "server-only";
import { createHash, randomUUID } from "node:crypto";
import { createReadStream } from "node:fs";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { db } from "@/lib/db";
import { Invalid, TooLarge, UnsupportedMedia } from "@/lib/errors";
import type { TalkingPhoto } from "@/lib/generated/prisma/client";
import { assetName } from "@/lib/assets/asset-name";
import type { UploadInput } from "@/lib/assets/upload-asset";
import { formatMegabytes, sizeLimits, type MediaType } from "@/lib/assets/media-types";
import { receiveUpload, type UploadLimit } from "@/lib/assets/receive-upload";
import type { AnalysisResult } from "@/lib/render/photo/analyse-photo";
import { photoGeometry } from "@/lib/render/photo/face-points";
import type { PhotoAnalysis } from "@/lib/render/photo/types";
import { storage } from "@/lib/storage/storage";
import { analyseInThread } from "./analyse-in-thread";
import { MAX_PHOTOS_PER_TEAM, photoFiles } from "./photo-files";

// As an asset upload's, without a provider to hand the file to (talking photos are always our own).
// reuseSame: the team's photo of the same bytes, if it has one, instead of a second copy (v3 image videos).
type PhotoUploadInput = Omit<UploadInput, "provider"> & { reuseSame?: boolean };

const LIMIT = sizeLimits.image;

async function sha256Of(file: string): Promise<string> {
  const hash = createHash("sha256");
  for await (const chunk of createReadStream(file)) hash.update(chunk as Buffer);
  return hash.digest("hex");
}

function refusal(r: Extract<AnalysisResult, { ok: false }>): Error {
  if (r.reason === "too_many_pixels") return new TooLarge(`The photo ${r.message}; upload a smaller one.`);
  if (r.reason === "no_face") return Invalid.field("body", r.message);
  return Invalid.field("body", `the photo ${r.message}`);
}

// The stored files for these bytes: made by analysing them, unless an earlier upload of the same bytes did.
async function analysed(sha256: string, file: string): Promise<PhotoAnalysis> {
  const keys = photoFiles(sha256);
  const known = await storage().get(keys.analysis);
  if (known) {
    const chunks: Buffer[] = [];
    for await (const c of known) chunks.push(c as Buffer);
    const a = JSON.parse(Buffer.concat(chunks).toString("utf8")) as PhotoAnalysis;
    if ((await storage().stat(keys.image)) && (await storage().stat(keys.matte))) return a;
  }
  const dir = await mkdtemp(path.join(tmpdir(), "talking-photo-"));
  try {
    const out = {
      image: path.join(dir, "image.jpg"),
      matte: path.join(dir, "matte.png"),
      preview: path.join(dir, "preview.jpg"),
      thumbnail: path.join(dir, "thumbnail.jpg"),
    };
    const result = await analyseInThread(file, out);
    if (!result.ok) throw refusal(result);
    await writeFile(path.join(dir, "analysis.json"), JSON.stringify(result.analysis));
    // The analysis goes last: its presence says the folder is complete.
    await storage().putFile(keys.image, out.image);
    await storage().putFile(keys.matte, out.matte);
    await storage().putFile(keys.preview, out.preview);
    await storage().putFile(keys.thumbnail, out.thumbnail);
    await storage().putFile(keys.analysis, path.join(dir, "analysis.json"));
    return result.analysis;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

const tooLarge = () => new TooLarge(`The photo is larger than ${formatMegabytes(LIMIT)}, the limit for images; upload a smaller file.`);

// The image size limit; anything but a picture is refused once its first bytes are read.
async function photoLimit(type: MediaType): Promise<UploadLimit> {
  if (type.kind !== "image")
    throw new UnsupportedMedia(`That file is a ${type.label} (${type.mime}); a talking photo must be a JPEG, PNG or WebP image.`);
  return { bytes: LIMIT, exceeded: tooLarge };
}

// POST /v1/talking_photo: raw JPEG, PNG or WebP bytes, received as uploads are (sniffed, streamed to disk under
// the image size limit), analysed in a worker thread (face landmarks, person matte, previews) and recorded for
// the team. The answer comes after the analysis, so the id works in the very next generate.
export async function uploadTalkingPhoto(input: PhotoUploadInput): Promise<TalkingPhoto> {
  if ((input.source.declaredBytes ?? 0) > LIMIT) throw tooLarge();
  const requestedName = assetName(input.name, input.source.filename, "");
  if (!input.source.body) throw Invalid.field(input.source.empty.field, input.source.empty.message);
  const count = await db().talkingPhoto.count({ where: { teamId: input.teamId, deletedAt: null } });
  if (count >= MAX_PHOTOS_PER_TEAM) {
    throw Invalid.field("body", `the team already has ${count} talking photos, the most it may keep; delete one first`);
  }
  return await receiveUpload(input.source, photoLimit, async ({ path: file }) => {
    const sha256 = await sha256Of(file);
    if (input.reuseSame) {
      const same = await db().talkingPhoto.findFirst({ where: { teamId: input.teamId, sha256, deletedAt: null } });
      if (same) return same;
    }
    const analysis = await analysed(sha256, file);
    const geometry = photoGeometry(analysis);
    const id = randomUUID().replace(/-/g, "");
    return await db().talkingPhoto.create({
      data: {
        id,
        teamId: input.teamId,
        name: requestedName || `Photo ${id.slice(0, 6)}`,
        sha256,
        width: analysis.width,
        height: analysis.height,
        faceX: geometry.faceX,
        faceY: geometry.faceY,
        faceHeight: geometry.faceHeight,
        warnings: analysis.warnings,
        createdById: input.createdById ?? null,
        apiKeyId: input.apiKeyId ?? null,
      },
    });
  });
}
