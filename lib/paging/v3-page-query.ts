import { z } from "zod";

// A v3 list's paging query (HEYGEN-V3.md 1.4): `limit` within the endpoint's range, and the opaque `token`
// of the page before (lib/api/v3-page.ts answers the page).
export const v3PageQuery = (max: number, fallback: number) =>
  z.object({ limit: z.coerce.number().int().min(1).max(max).default(fallback), token: z.string().max(100).optional() });
