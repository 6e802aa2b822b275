import "server-only";
import type { ApiError } from "@/lib/api/to-api-error";

export type Envelope = "v1" | "v2";

export function successBody(envelope: Envelope, data: unknown): unknown {
  return envelope === "v1" ? { code: 100, data, message: "Success" } : { error: null, data };
}

// Both versions fail in the v2 shape (API-CONTRACT.md); `details` appears only where fields are named.
export function errorResponse(error: ApiError, requestId: string): Response {
  const details = error.details.length > 0 ? { details: error.details } : {};
  return Response.json(
    { data: null, error: { code: error.code, message: error.message, ...details, request_id: requestId } },
    { status: error.status, headers: { ...error.headers, "X-Request-Id": requestId } },
  );
}
