import { z } from "zod";
import { Invalid } from "@/lib/errors";
import { pageQuery, queryParam } from "@/lib/paging/page-token";

// Query strings of the video endpoints (the request body itself is lib/contract's).
export const videoIdQuery = z.object({ video_id: z.string().trim().min(1).max(100) });

export const videoPageQuery = pageQuery(100);

// The dashboard's Videos list: a page, filtered by status, folder and creator (`user:<id>` or `key:<id>`).
export const videoRowsQuery = videoPageQuery.extend({
  status: queryParam(z.enum(["active", "completed", "failed"]).optional()),
  folder_id: queryParam(z.string().max(100).optional()),
  creator: queryParam(
    z
      .string()
      .regex(/^(user|key):[A-Za-z0-9_-]{1,100}$/, "must be user:<id> or key:<id>")
      .optional(),
  ),
});

const idempotencyKeyHeader = z.string().trim().min(1).max(255);

/** The v2 Idempotency-Key header (POST /v2/video/generate, the studio's Generate): undefined when absent. */
export function idempotencyKeyOf(headers: Headers): string | undefined {
  const header = headers.get("idempotency-key");
  if (header === null) return undefined;
  const key = idempotencyKeyHeader.safeParse(header);
  if (!key.success) throw Invalid.field("Idempotency-Key", "must be 1 to 255 characters");
  return key.data;
}
