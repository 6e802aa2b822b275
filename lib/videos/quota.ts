import "server-only";
import type { Tx } from "@/lib/db";
import { db } from "@/lib/db";
import { QuotaExceeded } from "@/lib/errors";

// Seconds of video a team may still render. 2147483647 is "unlimited" (the default); operators set it
// with `npm run team -- --quota`. A video is charged its estimated voice duration when it is submitted and
// refunded if it fails or is cancelled.
const UNLIMITED_QUOTA = 2147483647;

export async function remainingQuota(teamId: string): Promise<number> {
  const team = await db().team.findUniqueOrThrow({ where: { id: teamId }, select: { quotaSeconds: true } });
  return team.quotaSeconds;
}

/** Charges `seconds` inside the caller's transaction; returns what was charged (0 when unlimited). */
export async function chargeQuota(tx: Tx, teamId: string, seconds: number): Promise<number> {
  if (seconds <= 0) return 0;
  const charged = await tx.$executeRaw`
    UPDATE "Team" SET "quotaSeconds" = "quotaSeconds" - ${seconds}
    WHERE "id" = ${teamId} AND "quotaSeconds" <> ${UNLIMITED_QUOTA} AND "quotaSeconds" >= ${seconds}`;
  if (charged === 1) return seconds;
  const team = await tx.team.findUniqueOrThrow({ where: { id: teamId }, select: { quotaSeconds: true } });
  if (team.quotaSeconds === UNLIMITED_QUOTA) return 0;
  throw new QuotaExceeded(
    `This video needs about ${seconds} s of voice, but the team has ${team.quotaSeconds} s of quota left. ` +
      "Shorten the script, or ask your operator to raise the quota.",
  );
}

/** Gives a failed or cancelled video's charge back (never past "unlimited"). */
export async function refundQuota(tx: Tx, teamId: string, seconds: number): Promise<void> {
  if (seconds <= 0) return;
  await tx.$executeRaw`
    UPDATE "Team" SET "quotaSeconds" = LEAST("quotaSeconds" + ${seconds}, ${UNLIMITED_QUOTA - 1})
    WHERE "id" = ${teamId} AND "quotaSeconds" <> ${UNLIMITED_QUOTA}`;
}
