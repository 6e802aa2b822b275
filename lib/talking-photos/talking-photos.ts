import "server-only";
import { db } from "@/lib/db";
import { NotFound } from "@/lib/errors";
import type { TalkingPhoto } from "@/lib/generated/prisma/client";
import { signedUrl } from "@/lib/storage/signed-url";
import { storage } from "@/lib/storage/storage";
import { photoFiles, photoPrefix } from "./photo-files";

const live = (teamId: string) => ({ teamId, deletedAt: null });

export function listTalkingPhotos(teamId: string): Promise<TalkingPhoto[]> {
  return db().talkingPhoto.findMany({ where: live(teamId), orderBy: [{ createdAt: "desc" }, { id: "desc" }] });
}

/** The team's photo, or NotFound (another team's and deleted ones alike). */
async function findTalkingPhoto(teamId: string, id: string): Promise<TalkingPhoto> {
  const photo = await db().talkingPhoto.findFirst({ where: { ...live(teamId), id } });
  if (!photo) throw new NotFound(`talking photo ${JSON.stringify(id)} not found; list the team's photos with GET /v1/talking_photo.list`);
  return photo;
}

export async function renameTalkingPhoto(teamId: string, id: string, name: string): Promise<TalkingPhoto> {
  await findTalkingPhoto(teamId, id);
  return db().talkingPhoto.update({ where: { id }, data: { name } });
}

/** Hides the photo at once; its files go when nothing needs them any more (purgeTalkingPhotoFiles). */
export async function deleteTalkingPhoto(teamId: string, id: string): Promise<{ id: string }> {
  const photo = await findTalkingPhoto(teamId, id);
  await db().talkingPhoto.update({ where: { id }, data: { deletedAt: new Date() } });
  await purgeTalkingPhotoFiles(photo.sha256);
  return { id };
}

/**
 * Deletes the files of deleted photos whose bytes no live photo shares and no pending or processing video
 * uses (its request names the photo's id), then their rows. Run at delete and by housekeeping, which
 * catches the ones a running video held. Answers how many photos were removed for good.
 */
export async function purgeTalkingPhotoFiles(sha256?: string): Promise<number> {
  const deleted = await db().talkingPhoto.findMany({
    where: { deletedAt: { not: null }, ...(sha256 ? { sha256 } : {}) },
    select: { id: true, sha256: true },
  });
  let removed = 0;
  for (const hash of new Set(deleted.map((d) => d.sha256))) {
    if (await db().talkingPhoto.count({ where: { sha256: hash, deletedAt: null } })) continue;
    const ids = deleted.filter((d) => d.sha256 === hash).map((d) => d.id);
    const busy = await db().$queryRaw<{ n: bigint }[]>`
      SELECT count(*) AS n FROM "Video"
      WHERE status IN ('pending', 'waiting', 'processing')
        AND EXISTS (SELECT 1 FROM unnest(${ids}::text[]) AS p(id) WHERE "Video".request::text LIKE '%' || p.id || '%')`;
    if (Number(busy[0]?.n ?? 0) > 0) continue;
    await storage().deletePrefix(photoPrefix(hash));
    removed += (await db().talkingPhoto.deleteMany({ where: { id: { in: ids } } })).count;
  }
  return removed;
}

export type TalkingPhotoView = {
  talking_photo_id: string;
  talking_photo_name: string;
  preview_image_url: string;
  image_url: string;
  width: number;
  height: number;
  /** Where the face is (image pixels), for laying the photo out as the engine does. */
  face: { x: number; y: number; height: number };
  warnings: string[];
  created_ts: number;
};

/** How the API and the dashboard show a photo; links are signed for 7 days. */
export async function presentTalkingPhoto(p: TalkingPhoto): Promise<TalkingPhotoView> {
  const files = photoFiles(p.sha256);
  return {
    talking_photo_id: p.id,
    talking_photo_name: p.name,
    preview_image_url: await signedUrl(files.thumbnail),
    image_url: await signedUrl(files.image),
    width: p.width,
    height: p.height,
    face: { x: p.faceX, y: p.faceY, height: p.faceHeight },
    warnings: p.warnings,
    created_ts: Math.floor(p.createdAt.getTime() / 1000),
  };
}

/** The analysis preview (matte and face box drawn over the photo), for the dashboard. */
export const analysisPreviewUrl = (p: TalkingPhoto) => signedUrl(photoFiles(p.sha256).preview);
