import "server-only";
import { db } from "@/lib/db";
import { pruneRateLimits } from "@/lib/limits/rate-limit";
import { pruneScratchFiles } from "@/lib/storage/scratch-file";

// Old rate-limit windows, and invites and reset links that can no longer be used, are deleted
// a month after they stopped mattering; scratch files of interrupted uploads after a day.
export async function housekeeping(): Promise<Record<string, number>> {
  const monthAgo = new Date(Date.now() - 30 * 24 * 3600_000);
  const rateLimits = await pruneRateLimits();
  const resets = await db().passwordReset.deleteMany({ where: { expiresAt: { lt: monthAgo } } });
  const invites = await db().invite.deleteMany({ where: { expiresAt: { lt: monthAgo }, acceptedAt: null } });
  const scratchFiles = await pruneScratchFiles();
  return { rateLimits, resets: resets.count, invites: invites.count, scratchFiles };
}
