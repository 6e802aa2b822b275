import "server-only";
import type { ApiError } from "@/lib/api/to-api-error";

// v1: `{code: 100, data, message}`; v2: `{error: null, data}`; v3 (HEYGEN-V3.md 1.2, 1.3): `{data}`.
export type Envelope = "v1" | "v2" | "v3";

export function successBody(envelope: Envelope, data: unknown): unknown {
  if (envelope === "v1") return { code: 100, data, message: "Success" };
  return envelope === "v3" ? { data } : { error: null, data };
}

// Where v3 names a failure differently from v1 and v2 (HEYGEN-V3.md 1.3).
const V3_CODES: Record<string, string> = { rate_limited: "rate_limit_exceeded" };

// v1 and v2 fail in the v2 shape (API-CONTRACT.md), `details` only where fields are named; v3 in its own,
// `param` naming the first field at fault.
export function errorResponse(error: ApiError, requestId: string, envelope: Envelope = "v2"): Response {
  const headers = { ...error.headers, "X-Request-Id": requestId };
  if (envelope === "v3") {
    const param = error.details[0] ? { param: error.details[0].path } : {};
    const code = V3_CODES[error.code] ?? error.code;
    return Response.json({ error: { code, message: error.message, ...param } }, { status: error.status, headers });
  }
  const details = error.details.length > 0 ? { details: error.details } : {};
  return Response.json(
    { data: null, error: { code: error.code, message: error.message, ...details, request_id: requestId } },
    { status: error.status, headers },
  );
}
