import "server-only";
import { db } from "@/lib/db";
import { afterCursor, decodePageToken, encodePageToken } from "@/lib/paging/page-token";
import type { Folder } from "@/lib/generated/prisma/client";

export { createFolderBody } from "@/lib/folders/schemas";

export type FolderView = { id: string; name: string; created_ts: number };
export type FolderPage = { folders: FolderView[]; total: number; token: string | null };

function presentFolder(folder: Folder): FolderView {
  return { id: folder.id, name: folder.name, created_ts: Math.floor(folder.createdAt.getTime() / 1000) };
}

// The folders a request's folder_id may point at, newest first with cursor paging.
export async function listFolders(teamId: string, { limit, token }: { limit: number; token?: string }): Promise<FolderPage> {
  const [rows, total] = await Promise.all([
    db().folder.findMany({
      where: { teamId, ...afterCursor(decodePageToken(token)) },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      take: limit + 1,
    }),
    db().folder.count({ where: { teamId } }),
  ]);
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  return { folders: page.map(presentFolder), total, token: rows.length > limit && last ? encodePageToken(last) : null };
}

export async function createFolder(teamId: string, name: string): Promise<FolderView> {
  return presentFolder(await db().folder.create({ data: { teamId, name } }));
}
