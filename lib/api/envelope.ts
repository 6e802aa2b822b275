import { ZodError } from "zod";
import { ApiError, zodMessage } from "@/lib/api/errors";

export type Envelope = "v1" | "v2";

export function successBody(envelope: Envelope, data: unknown): unknown {
  return envelope === "v1" ? { code: 100, data, message: "Success" } : { error: null, data };
}

function prismaCode(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === "string" && /^P\d{4}$/.test(code) ? code : undefined;
}

// The one mapper from thrown values to HTTP answers. Unknown errors are logged and answered generically.
export function toApiError(error: unknown, requestId: string): ApiError {
  if (error instanceof ApiError) return error;
  if (error instanceof ZodError) return new ApiError(400, "invalid_parameter", zodMessage(error));
  const code = prismaCode(error);
  if (code === "P2025") return new ApiError(404, "not_found", "The resource was not found.");
  if (code === "P2002") return new ApiError(409, "conflict", "That already exists.");
  console.error(`[${requestId}] unhandled error`, error);
  return new ApiError(500, "internal_error", "Something went wrong on our side. Try again, and quote the request id if it persists.");
}

export function errorResponse(error: ApiError, requestId: string): Response {
  return Response.json(
    { data: null, error: { code: error.code, message: error.message, request_id: requestId } },
    { status: error.status, headers: { ...error.headers, "X-Request-Id": requestId } },
  );
}
