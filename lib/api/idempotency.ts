import "server-only";
import { db } from "@/lib/db";
import { Invalid, RequestInProgress } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";

// v3's Idempotency-Key (HEYGEN-V3.md 1.5): scoped to the team, the method and the path; a repeat within 24
// hours gets the first answer again even if its body differs, and 409 request_in_progress while the first
// is still being answered. Only successful answers are kept: after a failure the key is free again, so a
// corrected retry goes through. (v2's POST /v2/video/generate keeps its own rule, lib/generation/create-video.ts.)

const KEY = /^[A-Za-z0-9_\-:.]{1,255}$/;
const WINDOW_MS = 24 * 3600_000;
// A `running` row this old was left by a process that died mid-request.
const ABANDONED_MS = 10 * 60_000;

type Where = { teamId: string; scope: string; key: string };
export type IdempotencyClaim = { finish(status: number, body: unknown): Promise<void>; release(): Promise<void> };

const isUniqueViolation = (error: unknown) => error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";

/**
 * Null when the request has no Idempotency-Key; a Response replaying the first answer; or the claim the
 * caller finishes with its answer (or releases when it fails).
 */
export async function claimIdempotency(req: Request, teamId: string): Promise<IdempotencyClaim | Response | null> {
  const key = req.headers.get("idempotency-key");
  if (key === null) return null;
  if (!KEY.test(key)) throw Invalid.field("Idempotency-Key", "must be 1 to 255 letters, digits or the characters _ - : .");
  const where: Where = { teamId, scope: `${req.method} ${new URL(req.url).pathname}`, key };
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      await db().idempotentRequest.create({ data: { ...where, state: "running" } });
      return {
        finish: async (status, body) => {
          await db().idempotentRequest.update({
            where: { teamId_scope_key: where },
            data: { state: "done", status, body: body as Prisma.InputJsonValue },
          });
        },
        release: async () => {
          await db().idempotentRequest.deleteMany({ where: { ...where, state: "running" } });
        },
      };
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
    }
    const found = await db().idempotentRequest.findUnique({ where: { teamId_scope_key: where } });
    if (!found) continue;
    const age = Date.now() - found.createdAt.getTime();
    if (age > WINDOW_MS || (found.state === "running" && age > ABANDONED_MS)) {
      await db().idempotentRequest.deleteMany({ where: { ...where, createdAt: found.createdAt } });
      continue;
    }
    if (found.state !== "done") throw new RequestInProgress();
    return Response.json(found.body, { status: found.status ?? 200, headers: { "Idempotent-Replayed": "true" } });
  }
  throw new RequestInProgress();
}
