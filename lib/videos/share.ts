import "server-only";
import { randomBytes } from "node:crypto";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { NotFound } from "@/lib/errors";

export type ShareState = { video_id: string; shared: boolean; share_url: string | null; shared_at: string | null };

/** The public page of a shared video, or null while sharing is off. */
export const sharePageUrl = (shareToken: string | null): string | null => (shareToken ? `${env().appUrl}/share/${shareToken}` : null);

// 16 random bytes: 128 bits, 22 base64url characters, unguessable.
const newShareToken = () => randomBytes(16).toString("base64url");

const state = (v: { id: string; shareToken: string | null; sharedAt: Date | null }): ShareState => ({
  video_id: v.id,
  shared: v.shareToken !== null,
  share_url: sharePageUrl(v.shareToken),
  shared_at: v.sharedAt?.toISOString() ?? null,
});

/** Turns the public page on. Already on: unchanged (same link). Turned on again after a revoke: a new link. */
export async function enableShare(teamId: string, videoId: string, userId: string | null): Promise<ShareState> {
  const video = await db().video.findFirst({ where: { id: videoId, teamId }, select: { id: true, shareToken: true, sharedAt: true } });
  if (!video) throw new NotFound("The video");
  if (video.shareToken) return state(video);
  // updateMany with shareToken: null, so two concurrent enables keep one token.
  await db().video.updateMany({
    where: { id: videoId, teamId, shareToken: null },
    data: { shareToken: newShareToken(), sharedAt: new Date(), sharedById: userId },
  });
  return state(
    await db().video.findFirstOrThrow({ where: { id: videoId, teamId }, select: { id: true, shareToken: true, sharedAt: true } }),
  );
}

/** Turns the public page off; its link answers 404 from now on and is never used again. */
export async function revokeShare(teamId: string, videoId: string): Promise<ShareState> {
  const { count } = await db().video.updateMany({
    where: { id: videoId, teamId },
    data: { shareToken: null, sharedAt: null, sharedById: null },
  });
  if (!count) throw new NotFound("The video");
  return { video_id: videoId, shared: false, share_url: null, shared_at: null };
}

/** What the public page shows: a completed video shared under this token, or null (the page answers 404). */
export async function findSharedVideo(token: string) {
  // Tokens are 22 base64url characters; anything else cannot match, so skip the query.
  if (!/^[A-Za-z0-9_-]{22}$/.test(token)) return null;
  const video = await db().video.findUnique({
    where: { shareToken: token },
    select: { id: true, title: true, status: true, outputs: true },
  });
  return video && video.status === "completed" ? video : null;
}

// The files a share page shows, by the name its URLs use (/share/<token>/<name>); the video under its own
// format's name (a WebM's is video.webm), so the link's extension matches what is served.
const SHARED_FILES = { "video.mp4": "video", "video.webm": "video", "thumbnail.jpg": "thumbnail", "captions.vtt": "captionVtt" } as const;
type SharedFileName = keyof typeof SHARED_FILES;

/** The storage key behind /share/<token>/<name>, checked on every request: null once sharing is off. */
export async function sharedFileKey(token: string, name: string): Promise<string | null> {
  if (!Object.hasOwn(SHARED_FILES, name)) return null;
  const video = await findSharedVideo(token);
  const outputs = (video?.outputs ?? {}) as Partial<Record<string, string>>;
  const key = outputs[SHARED_FILES[name as SharedFileName]] ?? null;
  // One name per file: an MP4 is not served as video.webm, nor the other way round.
  return key && (SHARED_FILES[name as SharedFileName] !== "video" || key.endsWith(`/${name}`)) ? key : null;
}

/** The share page's name for a video's stored file: video.mp4 or video.webm, after its key. */
export const sharedVideoName = (key: string): SharedFileName => (key.endsWith(".webm") ? "video.webm" : "video.mp4");

/** Where a share page's file is served: behind the token, so revoking the page stops its files at once. */
export const sharedFileUrl = (token: string, name: SharedFileName) => `${env().appUrl}/share/${token}/${name}`;
