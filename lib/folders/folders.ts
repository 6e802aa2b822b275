import "server-only";
import { db } from "@/lib/db";
import { afterCursor, decodePageToken, encodePageToken } from "@/lib/paging/page-token";
import type { Folder } from "@/lib/generated/prisma/client";
import { NotFound } from "@/lib/errors";

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
      where: { teamId, trashedAt: null, ...afterCursor(decodePageToken(token)) },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      take: limit + 1,
    }),
    db().folder.count({ where: { teamId, trashedAt: null } }),
  ]);
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  return { folders: page.map(presentFolder), total, token: rows.length > limit && last ? encodePageToken(last) : null };
}

export async function createFolder(teamId: string, name: string): Promise<FolderView> {
  return presentFolder(await db().folder.create({ data: { teamId, name } }));
}

// The team's folder, trashed or not; another team's answers 404 as if it did not exist.
async function teamFolder(teamId: string, id: string): Promise<Folder> {
  const folder = await db().folder.findFirst({ where: { id, teamId } });
  if (!folder) throw new NotFound("The folder");
  return folder;
}

/** POST /v1/folders/{id}: a new name. */
export async function renameFolder(teamId: string, id: string, name: string): Promise<FolderView> {
  const folder = await teamFolder(teamId, id);
  return presentFolder(await db().folder.update({ where: { id: folder.id }, data: { name } }));
}

/**
 * POST /v1/folders/{id}/trash and /restore: a trashed folder leaves the lists and can no longer be named as a
 * `folder_id`; its videos and projects stay as they are. Both are idempotent.
 */
export async function setFolderTrashed(teamId: string, id: string, trashed: boolean): Promise<FolderView> {
  const folder = await teamFolder(teamId, id);
  if (Boolean(folder.trashedAt) === trashed) return presentFolder(folder);
  return presentFolder(await db().folder.update({ where: { id: folder.id }, data: { trashedAt: trashed ? new Date() : null } }));
}
