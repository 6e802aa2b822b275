import "server-only";
import { Invalid } from "@/lib/errors";

// v3 lists (HEYGEN-V3.md 1.2, 1.4): `{data: [...], has_more, next_token}`, has_more and next_token beside
// data; `token` is the opaque next_token of the page before (here: the offset, base64url; the query is
// lib/paging/v3-page-query.ts).
export function v3Page<T>(items: readonly T[], { limit, token }: { limit: number; token?: string }): Response {
  let offset = 0;
  if (token) {
    offset = Number(Buffer.from(token, "base64url").toString("utf8"));
    if (!Number.isInteger(offset) || offset < 0) throw Invalid.field("token", "is not a next_token this API gave out");
  }
  const more = offset + limit < items.length;
  return v3List({
    data: items.slice(offset, offset + limit),
    next_token: more ? Buffer.from(String(offset + limit), "utf8").toString("base64url") : null,
  });
}

/** A page the domain cut itself (a database cursor): has_more is whether there is a next_token. */
export function v3List<T>({ data, next_token }: { data: readonly T[]; next_token: string | null }): Response {
  return Response.json({ data, has_more: next_token !== null, next_token });
}
