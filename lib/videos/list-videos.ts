import "server-only";
import { db } from "@/lib/db";
import { afterCursor, decodePageToken, encodePageToken } from "@/lib/paging/page-token";
import type { VideoStatus } from "@/lib/videos/status";

// The dashboard's filters: "active" is queued, waiting or rendering; creator is `user:<id>` or `key:<id>`.
// title: a part of the title, any case (GET /v3/videos).
export type VideoFilter = { status?: "active" | "completed" | "failed"; folderId?: string; creator?: string; title?: string };

function filterWhere(f: VideoFilter = {}) {
  const status = f.status === "active" ? { in: ["pending", "waiting", "processing"] as VideoStatus[] } : f.status;
  const [kind, id] = f.creator?.split(":", 2) ?? [];
  return {
    ...(status ? { status } : {}),
    ...(f.folderId ? { folderId: f.folderId } : {}),
    ...(f.title ? { title: { contains: f.title, mode: "insensitive" as const } } : {}),
    ...(kind === "user" ? { createdById: id } : kind === "key" ? { apiKeyId: id } : {}),
  };
}

/** The team's videos, newest first, `limit` per page; `token` continues after the previous page. */
export async function listVideos(teamId: string, { limit, token, filter }: { limit: number; token?: string; filter?: VideoFilter }) {
  const rows = await db().video.findMany({
    where: { teamId, ...filterWhere(filter), ...afterCursor(decodePageToken(token)) },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: limit + 1,
    include: { createdBy: { select: { name: true, email: true } }, apiKey: { select: { name: true, prefix: true } } },
  });
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  return { videos: page, token: rows.length > limit && last ? encodePageToken(last) : null };
}
