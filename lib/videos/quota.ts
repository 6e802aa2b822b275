import "server-only";
import type { Tx } from "@/lib/db";
import { db } from "@/lib/db";
import { QuotaExceeded } from "@/lib/errors";

// Seconds of video a team may still render. 2147483647 is "unlimited" (the default); operators set it
// with `npm run team -- --quota`. A video reserves what it may cost when it is submitted (reserveQuota), is
// settled on its rendered length when it completes (settleQuota), and is refunded if it fails or is cancelled.
export const UNLIMITED_QUOTA = 2147483647;

export async function remainingQuota(teamId: string): Promise<number> {
  const team = await db().team.findUniqueOrThrow({ where: { id: teamId }, select: { quotaSeconds: true } });
  return team.quotaSeconds;
}

/**
 * Reserves a new video's cost inside the caller's transaction: all of `known` (402 when it does not fit),
 * plus the `unknown` caps of inputs measured only when rendered, never more than what is left. Returns the
 * reservation (0 when unlimited).
 */
export async function reserveQuota(tx: Tx, teamId: string, known: number, unknown: number): Promise<number> {
  // Unlimited (the default) costs no lock: a team's concurrent submissions must not queue behind each other.
  const plain = await tx.team.findUnique({ where: { id: teamId }, select: { quotaSeconds: true } });
  if (!plain || plain.quotaSeconds === UNLIMITED_QUOTA) return 0;
  // A limited team's submissions take turns, so two of them cannot both spend the same remaining seconds.
  const [team] = await tx.$queryRaw<{ quotaSeconds: number }[]>`SELECT "quotaSeconds" FROM "Team" WHERE "id" = ${teamId} FOR UPDATE`;
  if (!team || team.quotaSeconds === UNLIMITED_QUOTA) return 0;
  const need = Math.ceil(known);
  if (need > team.quotaSeconds) {
    throw new QuotaExceeded(
      `This video needs about ${need} s, but the team has ${team.quotaSeconds} s of quota left. ` +
        "Shorten the script, or ask your operator to raise the quota.",
    );
  }
  const reserved = need + Math.min(Math.ceil(unknown), team.quotaSeconds - need);
  if (reserved > 0) await tx.$executeRaw`UPDATE "Team" SET "quotaSeconds" = "quotaSeconds" - ${reserved} WHERE "id" = ${teamId}`;
  return reserved;
}

/**
 * A completed video pays for what it lasts: its reservation becomes its rendered length (rounded up), the
 * difference given back or taken (never below 0 left). Returns what it now counts as charged.
 */
export async function settleQuota(tx: Tx, teamId: string, reserved: number, duration: number): Promise<number> {
  const actual = Math.ceil(duration);
  const changed = await tx.$executeRaw`
    UPDATE "Team" SET "quotaSeconds" = GREATEST(0, LEAST("quotaSeconds" + ${reserved - actual}, ${UNLIMITED_QUOTA - 1}))
    WHERE "id" = ${teamId} AND "quotaSeconds" <> ${UNLIMITED_QUOTA}`;
  return changed === 1 ? actual : 0;
}

/** Gives a failed or cancelled video's charge back (never past "unlimited"). */
export async function refundQuota(tx: Tx, teamId: string, seconds: number): Promise<void> {
  if (seconds <= 0) return;
  await tx.$executeRaw`
    UPDATE "Team" SET "quotaSeconds" = LEAST("quotaSeconds" + ${seconds}, ${UNLIMITED_QUOTA - 1})
    WHERE "id" = ${teamId} AND "quotaSeconds" <> ${UNLIMITED_QUOTA}`;
}
