import "server-only";
import { db } from "@/lib/db";
import { afterCursor, decodePageToken, encodePageToken } from "@/lib/api/page-token";

/** The team's videos, newest first, `limit` per page; `token` continues after the previous page. */
export async function listVideos(teamId: string, { limit, token }: { limit: number; token?: string }) {
  const rows = await db().video.findMany({
    where: { teamId, ...afterCursor(decodePageToken(token)) },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: limit + 1,
    include: { createdBy: { select: { name: true, email: true } }, apiKey: { select: { name: true, prefix: true } } },
  });
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  return { videos: page, token: rows.length > limit && last ? encodePageToken(last) : null };
}
