import "server-only";
import { ZodError } from "zod";
import { DomainError, Gone, MethodNotAllowed, RangeNotSatisfiable, RequestInProgress, type ErrorKind, type FieldIssue } from "@/lib/errors";
import { zodInvalid } from "@/lib/validation/zod-invalid";

/** What a route answers for a failure: the HTTP status, the snake_case code of API-CONTRACT.md and the rest. */
export type ApiError = {
  status: number;
  code: string;
  message: string;
  details: readonly FieldIssue[];
  headers: Record<string, string>;
};

// The one table from domain errors to HTTP.
const answers: Record<ErrorKind, { status: number; code: string }> = {
  invalid: { status: 400, code: "invalid_parameter" },
  unauthorized: { status: 401, code: "unauthorized" },
  quota_exceeded: { status: 402, code: "quota_exceeded" },
  forbidden: { status: 403, code: "forbidden" },
  not_found: { status: 404, code: "not_found" },
  method_not_allowed: { status: 405, code: "method_not_allowed" },
  conflict: { status: 409, code: "conflict" },
  gone: { status: 410, code: "gone" },
  too_large: { status: 413, code: "payload_too_large" },
  unsupported_media: { status: 415, code: "unsupported_media_type" },
  range_not_satisfiable: { status: 416, code: "range_not_satisfiable" },
  rate_limited: { status: 429, code: "rate_limited" },
  upstream_failed: { status: 502, code: "upstream_error" },
  unavailable: { status: 503, code: "service_unavailable" },
};

function fromDomain(error: DomainError): ApiError {
  const { status, code } = answers[error.kind];
  const headers: Record<string, string> = {};
  if (error.kind === "rate_limited" && error.retryAfter) headers["Retry-After"] = error.retryAfter;
  if (error instanceof RangeNotSatisfiable) headers["Content-Range"] = `bytes */${error.size}`;
  if (error instanceof MethodNotAllowed) headers.Allow = error.allowed.join(", ");
  const specific = error instanceof Gone ? error.reason : error instanceof RequestInProgress ? "request_in_progress" : code;
  return { status, code: specific, message: error.message, details: error.details, headers };
}

function prismaCode(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === "string" && /^P\d{4}$/.test(code) ? code : undefined;
}

// The one mapper from thrown values to HTTP answers. Unknown errors are logged and answered generically.
export function toApiError(error: unknown, requestId: string): ApiError {
  if (error instanceof DomainError) return fromDomain(error);
  if (error instanceof ZodError) return fromDomain(zodInvalid(error));
  const code = prismaCode(error);
  const plain = (status: number, code: string, message: string): ApiError => ({ status, code, message, details: [], headers: {} });
  if (code === "P2025") return plain(404, "not_found", "The resource was not found.");
  if (code === "P2002") return plain(409, "conflict", "That already exists.");
  console.error(`[${requestId}] unhandled error`, error);
  return plain(500, "internal_error", "Something went wrong on our side. Try again, and quote the request id if it persists.");
}
