import "server-only";
import { db } from "@/lib/db";
import { afterCursor, decodePageToken, encodePageToken } from "@/lib/paging/page-token";
import type { AssetKind } from "@/lib/assets/media-types";
import { presentAsset, type AssetView } from "@/lib/assets/present-asset";

export type AssetPage = { assets: AssetView[]; total: number; token: string | null };

// One page of a team's assets, newest first; `token` continues where the previous page ended (null at the end).
export async function listAssets(
  teamId: string,
  { limit, token, fileType }: { limit: number; token?: string; fileType?: AssetKind },
): Promise<AssetPage> {
  const cursor = decodePageToken(token);
  const scope = { teamId, ...(fileType ? { type: fileType } : {}) };
  const [rows, total] = await Promise.all([
    db().asset.findMany({
      where: { ...scope, ...afterCursor(cursor) },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      take: limit + 1,
    }),
    db().asset.count({ where: scope }),
  ]);
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  return {
    assets: await Promise.all(page.map(presentAsset)),
    total,
    token: rows.length > limit && last ? encodePageToken(last) : null,
  };
}
