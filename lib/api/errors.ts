import { ZodError, type core } from "zod";

// One error type for everything a route answers with a 4xx/5xx. `code` is the snake_case code of
// API-CONTRACT.md; `message` is a sentence a person can act on, naming the field where there is one.
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
    this.name = "ApiError";
  }
}

export const badRequest = (message: string) => new ApiError(400, "invalid_parameter", message);
export const unauthorized = (message = "A valid API key or session is required.") =>
  new ApiError(401, "unauthorized", message);
export const forbidden = (message = "Your role in this team does not allow this.") =>
  new ApiError(403, "forbidden", message);
export const notFound = (what = "The resource") => new ApiError(404, "not_found", `${what} was not found.`);
export const conflict = (message: string) => new ApiError(409, "conflict", message);
export const payloadTooLarge = (limit: number) =>
  new ApiError(413, "payload_too_large", `The request body is larger than the limit of ${limit} bytes.`);
export const rateLimited = (retryAfterSeconds: number) =>
  new ApiError(429, "rate_limited", `Too many requests; try again in ${retryAfterSeconds} s.`, {
    "Retry-After": String(retryAfterSeconds),
  });

// `video_inputs[2].voice.speed` from ["video_inputs", 2, "voice", "speed"].
export function formatPath(path: ReadonlyArray<PropertyKey>): string {
  let out = "";
  for (const part of path) {
    if (typeof part === "number") out += `[${part}]`;
    else out += out ? `.${String(part)}` : String(part);
  }
  return out || "body";
}

function describeIssue(issue: core.$ZodIssue): string {
  switch (issue.code) {
    case "invalid_type":
      return issue.input === undefined ? "is required" : `must be ${issue.expected}`;
    case "too_small":
      return issue.origin === "string"
        ? Number(issue.minimum) <= 1
          ? "must not be empty"
          : `must be at least ${issue.minimum} characters`
        : issue.origin === "array"
          ? `must have at least ${issue.minimum} items`
          : `must be at least ${issue.minimum}`;
    case "too_big":
      return issue.origin === "string"
        ? `must be at most ${issue.maximum} characters`
        : issue.origin === "array"
          ? `must have at most ${issue.maximum} items`
          : `must be at most ${issue.maximum}`;
    case "invalid_value":
      return `must be one of ${issue.values.map((v) => JSON.stringify(v)).join(", ")}`;
    case "invalid_format":
      return `must be a valid ${issue.format}`;
    case "unrecognized_keys":
      return `has unknown field${issue.keys.length > 1 ? "s" : ""} ${issue.keys.join(", ")}`;
    default:
      return issue.message;
  }
}

// No raw zod wording reaches users: every issue becomes "path: what is wrong".
export function zodMessage(error: ZodError, prefix: ReadonlyArray<PropertyKey> = []): string {
  return error.issues
    .slice(0, 5)
    .map((issue) => `${formatPath([...prefix, ...issue.path])}: ${describeIssue(issue)}`)
    .join("; ");
}
