import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import type { Limit, RateLimitName } from "@/lib/env";
import { limitOf } from "@/lib/limits/rate-limit";

export type TeamRateLimits = Partial<Record<RateLimitName, Limit>>;

const stored = z.record(z.string(), z.object({ limit: z.number().int().min(0), windowSeconds: z.number().int().min(1) }));

// Read on every limited request: kept for a few seconds per process, so an operator's change shows within 10 s.
const TTL_MS = 10_000;
const cache = new Map<string, { at: number; limits: TeamRateLimits }>();

/** The operator's rate limit overrides of a team (npm run team -- --rate), {} when none. */
export async function teamRateLimits(teamId: string): Promise<TeamRateLimits> {
  const hit = cache.get(teamId);
  if (hit && Date.now() - hit.at < TTL_MS) return hit.limits;
  const row = await db().team.findUnique({ where: { id: teamId }, select: { rateLimits: true } });
  const parsed = stored.safeParse(row?.rateLimits ?? {});
  const limits = (parsed.success ? parsed.data : {}) as TeamRateLimits;
  cache.set(teamId, { at: Date.now(), limits });
  return limits;
}

/** Bytes the team's assets take, and how many it may take in all (null: no limit). */
export async function teamStorage(teamId: string): Promise<{ usedBytes: number; limitBytes: number | null }> {
  const [team, used] = await Promise.all([
    db().team.findUnique({ where: { id: teamId }, select: { storageLimitBytes: true } }),
    db().asset.aggregate({ where: { teamId }, _sum: { sizeBytes: true } }),
  ]);
  const limit = team?.storageLimitBytes;
  return { usedBytes: used._sum.sizeBytes ?? 0, limitBytes: limit === null || limit === undefined ? null : Number(limit) };
}

export type TeamLimitsView = {
  rates: { name: "generate" | "read" | "write"; limit: number; windowSeconds: number; custom: boolean }[];
  storage: { usedBytes: number; limitBytes: number | null };
};

/** What the team's settings show: the API rate limits its keys and members get, and its storage. */
export async function describeTeamLimits(teamId: string): Promise<TeamLimitsView> {
  const [overrides, storage] = await Promise.all([teamRateLimits(teamId), teamStorage(teamId)]);
  const rates = (["generate", "read", "write"] as const).map((name) => ({ name, ...limitOf(name, overrides), custom: name in overrides }));
  return { rates, storage };
}
