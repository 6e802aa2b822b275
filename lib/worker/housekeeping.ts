import "server-only";
import { db } from "@/lib/db";
import { pruneRateLimits } from "@/lib/limits/rate-limit";
import { pruneScratchFiles } from "@/lib/storage/scratch-file";
import { pruneLoginThrottles } from "@/lib/auth/login-throttle";
import { pruneRevokedSessions } from "@/lib/auth/revoked-sessions";
import { purgeTalkingPhotoFiles } from "@/lib/talking-photos/talking-photos";

// Old rate-limit windows, and invites and reset links that can no longer be used, are deleted
// a month after they stopped mattering; scratch files of interrupted uploads and login throttles after a day;
// deleted talking photos' files once no unfinished video needs them.
export async function housekeeping(): Promise<Record<string, number>> {
  const monthAgo = new Date(Date.now() - 30 * 24 * 3600_000);
  const rateLimits = await pruneRateLimits();
  const resets = await db().passwordReset.deleteMany({ where: { expiresAt: { lt: monthAgo } } });
  const invites = await db().invite.deleteMany({ where: { expiresAt: { lt: monthAgo }, acceptedAt: null } });
  const scratchFiles = await pruneScratchFiles();
  const loginThrottles = await pruneLoginThrottles();
  const revokedSessions = await pruneRevokedSessions();
  // Deleted talking photos whose files a running video still held when they were deleted.
  const talkingPhotos = await purgeTalkingPhotoFiles();
  return { rateLimits, resets: resets.count, invites: invites.count, scratchFiles, loginThrottles, revokedSessions, talkingPhotos };
}
