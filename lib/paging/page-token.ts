import { z } from "zod";
import { Invalid } from "@/lib/errors";

// Cursor paging, newest first: a token names the last row of a page by (createdAt, id), so rows added
// meanwhile never shift later pages. The token is opaque to clients (base64url JSON).
export type PageCursor = { createdAt: Date; id: string };

const cursorShape = z.object({ t: z.iso.datetime(), i: z.string().min(1).max(64) });

export function encodePageToken(row: PageCursor): string {
  return Buffer.from(JSON.stringify({ t: row.createdAt.toISOString(), i: row.id })).toString("base64url");
}

export function decodePageToken(token: string | undefined): PageCursor | undefined {
  if (!token) return undefined;
  try {
    const parsed = cursorShape.parse(JSON.parse(Buffer.from(token, "base64url").toString("utf8")));
    return { createdAt: new Date(parsed.t), id: parsed.i };
  } catch {
    throw Invalid.field("token", "is not a page token from a previous answer; omit it to start at the first page");
  }
}

// The Prisma `where` that continues after the cursor, for rows ordered by createdAt desc, id desc.
export function afterCursor(cursor: PageCursor | undefined) {
  if (!cursor) return {};
  return { OR: [{ createdAt: { lt: cursor.createdAt } }, { createdAt: cursor.createdAt, id: { lt: cursor.id } }] };
}

/** A query parameter sent empty (`status=`) or null counts as absent, as sloppy clients and forms send it. */
export const queryParam = <T extends z.ZodType>(schema: T) => z.preprocess((v) => (v === "" || v === null ? undefined : v), schema);

// limit and token as HeyGen clients send them: `limit=` empty or absent means the default.
export const pageQuery = (defaultLimit: number) =>
  z.object({
    limit: queryParam(z.coerce.number().int().min(1).max(100).default(defaultLimit)),
    token: queryParam(z.string().max(500).optional()),
  });
