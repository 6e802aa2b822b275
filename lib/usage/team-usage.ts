import "server-only";
import { db } from "@/lib/db";
import { minutesPerDay, usageWindowStart, type Usage, type UsageCreator } from "@/lib/usage/minutes-per-day";

/** The team's minutes rendered per day over the last 30 days (UTC), by member and by API key. */
export async function teamUsage(teamId: string, now = new Date()): Promise<Usage> {
  const videos = await db().video.findMany({
    where: { teamId, status: "completed", completedAt: { gte: usageWindowStart(now) } },
    select: {
      completedAt: true,
      duration: true,
      createdBy: { select: { id: true, name: true, email: true } },
      apiKey: { select: { id: true, name: true, prefix: true } },
    },
  });
  return minutesPerDay(
    videos.map((v) => {
      const creator: UsageCreator = v.createdBy
        ? { kind: "user", id: v.createdBy.id, name: v.createdBy.name || v.createdBy.email }
        : v.apiKey
          ? { kind: "key", id: v.apiKey.id, name: v.apiKey.name, detail: `${v.apiKey.prefix}…` }
          : { kind: "unknown", id: null, name: "Removed user or key" };
      return { completedAt: v.completedAt!, duration: v.duration, creator };
    }),
    now,
  );
}
