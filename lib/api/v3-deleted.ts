import "server-only";

// HeyGen v3's answer to a delete (HEYGEN-V3.md 1.2): `{data: {}, error: null}`, the one v3 success that
// carries `error`.
export const v3Deleted = (): Response => Response.json({ data: {}, error: null });
