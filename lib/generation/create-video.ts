import "server-only";
import { createHash } from "node:crypto";
import { db, type Tx } from "@/lib/db";
import { Conflict, Invalid } from "@/lib/errors";
import type { VideoRequest } from "@/lib/contract/schema";
import { resolveVideoRequest } from "@/lib/contract/resolve";
import { MAX_VOICE_SECONDS, quotaEstimate } from "@/lib/contract/estimate";
import { providerFor } from "@/lib/generation/provider-for";
import { reserveQuota } from "@/lib/videos/quota";
import { teamLookups } from "@/lib/videos/team-lookups";
import { Prisma } from "@/lib/generated/prisma/client";

type Creator = { userId?: string; apiKeyId?: string };

export type CreateVideoInput = {
  teamId: string;
  creator: Creator;
  request: VideoRequest; // parsed by lib/contract (normalised, defaulted)
  idempotencyKey?: string;
  // The studio project the request was snapshotted from (its render history).
  projectId?: string;
  // Tests only: runs inside the transaction after the row and the job were written.
  beforeCommit?: () => Promise<void>;
};

const IDEMPOTENCY_WINDOW_MS = 24 * 3600_000;

function bodyHash(request: VideoRequest): string {
  return createHash("sha256").update(JSON.stringify(request)).digest("hex");
}

async function replay(teamId: string, key: string, hash: string): Promise<string | null> {
  const found = await db().idempotencyKey.findUnique({ where: { teamId_key: { teamId, key } } });
  if (!found) return null;
  if (Date.now() - found.createdAt.getTime() > IDEMPOTENCY_WINDOW_MS) {
    await db().idempotencyKey.deleteMany({ where: { teamId, key, createdAt: found.createdAt } });
    return null;
  }
  if (found.bodyHash !== hash) {
    throw new Conflict(`The Idempotency-Key "${key}" was already used with a different request body; use a new key for a new video.`);
  }
  return found.videoId;
}

/**
 * Checks a parsed request against the team's catalog (its provider's: built-in or upstream) and the team's
 * assets and folders, charges the quota, and writes the Video row, its first job (a local render, or the
 * forwarding to the team's HeyGen upstream) and the idempotency key in one transaction. Returns the video id;
 * a replay of the same Idempotency-Key and body within 24 h returns the first video's id.
 */
export async function createVideo(input: CreateVideoInput): Promise<{ videoId: string; replayed: boolean }> {
  const { teamId, creator, idempotencyKey } = input;
  const provider = await providerFor(teamId);
  const lookups = teamLookups(teamId);
  const request = await resolveVideoRequest(input.request, { ...lookups, ...provider.checkIds() });
  const hash = bodyHash(request);
  if (idempotencyKey) {
    const earlier = await replay(teamId, idempotencyKey, hash);
    if (earlier) return { videoId: earlier, replayed: true };
  }
  const { known, unknown } = quotaEstimate(request, await lookups.assetDurations(request));
  if (known > MAX_VOICE_SECONDS) {
    throw Invalid.field(
      "video_inputs",
      `the voices add up to about ${Math.round(known / 60)} minutes; a video may have at most 60 minutes of voice`,
    );
  }

  try {
    const videoId = await db().$transaction(async (tx: Tx) => {
      const video = await tx.video.create({
        data: {
          teamId,
          createdById: creator.userId ?? null,
          apiKeyId: creator.apiKeyId ?? null,
          folderId: request.folder_id ?? null,
          title: request.title ?? null,
          request: request as unknown as Prisma.InputJsonValue,
          callbackId: request.callback_id ?? null,
          callbackUrl: request.callback_url ?? null,
          test: request.test,
          provider: provider.kind,
          projectId: input.projectId ?? null,
        },
      });
      const charged = await reserveQuota(tx, teamId, known, unknown);
      if (charged) await tx.video.update({ where: { id: video.id }, data: { quotaCharged: charged } });
      if (idempotencyKey) await tx.idempotencyKey.create({ data: { teamId, key: idempotencyKey, bodyHash: hash, videoId: video.id } });
      await provider.submit(tx, { id: video.id, teamId });
      await input.beforeCommit?.();
      return video.id;
    });
    return { videoId, replayed: false };
  } catch (error) {
    // Two requests raced with the same Idempotency-Key: the loser answers like a replay.
    if (idempotencyKey && error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      const earlier = await replay(teamId, idempotencyKey, hash);
      if (earlier) return { videoId: earlier, replayed: true };
    }
    throw error;
  }
}
