import "server-only";
import type { Readable } from "node:stream";
import { DomainError, type ErrorKind } from "@/lib/errors";
import { FetchError } from "@/lib/assets/fetch-error";
import { guardedFetch, type GuardedFetchOptions } from "@/lib/assets/fetch-guard";

// HTTP to a team's HeyGen (or HeyGen-compatible) upstream, through the fetch guard like every outbound call:
// http(s) only, private addresses refused unless ALLOWED_FETCH_HOSTS lists them, redirects not followed (the
// API key must not travel anywhere else), bounded answers. Both of HeyGen's envelopes are read: v2
// `{error, data}` and v1 `{code: 100, data, message}`.

export type HeygenAccess = { teamId: string; baseUrl: string; apiKey: string };

const MAX_ANSWER_BYTES = 20 * 1024 * 1024;

// An upstream's refusal or absence, already in domain terms (a route that lets it through answers with it):
// the upstream's own message is kept as it is. `upstreamStatus` is null when no HTTP answer came at all
// (unreachable, timed out).
export class UpstreamError extends DomainError {
  readonly kind: ErrorKind;

  constructor(
    readonly upstreamStatus: number | null,
    readonly upstreamCode: string | null,
    readonly upstreamMessage: string,
    readonly where: string,
    retryAfter: string | null = null,
  ) {
    const [kind, message] = mapped(upstreamStatus, upstreamMessage, where);
    super(message, [], kind === "rate_limited" ? retryAfter : null);
    this.kind = kind;
  }

  /** Worth trying again later: no answer, a timeout, a rate limit or a server error upstream. */
  get transient(): boolean {
    const s = this.upstreamStatus;
    return s === null || s === 408 || s === 425 || s === 429 || s >= 500;
  }
}

function mapped(status: number | null, message: string, where: string): [ErrorKind, string] {
  switch (status) {
    case 400:
    case 422:
      return ["invalid", message];
    case 401:
    case 403:
      return [
        "upstream_failed",
        `${where} refused the team's API key (${status}: ${message}). An owner or admin can enter a new key in team settings.`,
      ];
    case 402:
      return ["quota_exceeded", message];
    case 404:
      return ["not_found", message];
    case 409:
      return ["conflict", message];
    case 413:
      return ["too_large", message];
    case 415:
      return ["unsupported_media", message];
    case 429:
      return ["rate_limited", message];
    case null:
      return ["upstream_failed", `${where} could not be reached: ${message}`];
    default:
      return ["upstream_failed", `${where} answered ${status}: ${message}`];
  }
}

// HeyGen's upload host differs from its API host; a compatible upstream takes uploads at its own base URL.
export function uploadBaseUrl(baseUrl: string): string {
  const url = new URL(baseUrl);
  return url.hostname === "api.heygen.com" ? `${url.protocol}//upload.heygen.com` : baseUrl;
}

export const describeUpstream = (baseUrl: string) =>
  new URL(baseUrl).hostname.endsWith("heygen.com") ? "HeyGen" : `The upstream at ${baseUrl}`;

type Payload = { data?: unknown; error?: unknown; code?: unknown; message?: unknown; msg?: unknown } | null;

function refusal(payload: Payload, text: string, status: number): { code: string | null; message: string } {
  const error = payload?.error;
  if (error && typeof error === "object") {
    const e = error as { code?: unknown; message?: unknown };
    if (typeof e.message === "string" && e.message) return { code: e.code == null ? null : String(e.code), message: e.message };
  }
  if (typeof error === "string" && error) return { code: null, message: error };
  for (const m of [payload?.message, payload?.msg])
    if (typeof m === "string" && m) return { code: payload?.code == null ? null : String(payload.code), message: m };
  const excerpt = text.trim().slice(0, 300);
  return { code: null, message: excerpt || `HTTP ${status} without a message` };
}

async function readText(body: Readable): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of body as AsyncIterable<Buffer>) chunks.push(chunk);
  return Buffer.concat(chunks).toString("utf8");
}

export type UpstreamRequest = {
  query?: Record<string, string>;
  json?: unknown;
  // Raw bytes (an asset upload), with their type and length.
  body?: Readable | Buffer;
  contentType?: string;
  contentLength?: number;
  headers?: Record<string, string>;
  timeoutMs?: number;
  // Another base URL than the account's (HeyGen's upload host).
  base?: string;
};

/** Calls the upstream and answers the envelope's `data`; throws UpstreamError for any refusal or failure. */
export async function heygenRequest<T>(
  access: HeygenAccess,
  method: NonNullable<GuardedFetchOptions["method"]>,
  path: string,
  request: UpstreamRequest = {},
): Promise<T> {
  const base = request.base ?? access.baseUrl;
  const where = describeUpstream(access.baseUrl);
  const url = new URL(path.replace(/^\/+/, ""), `${base.replace(/\/+$/, "")}/`);
  for (const [name, value] of Object.entries(request.query ?? {})) url.searchParams.set(name, value);
  const headers: Record<string, string> = {
    accept: "application/json",
    "x-api-key": access.apiKey,
    "user-agent": "AvatarStudio-Upstream/1",
    ...request.headers,
  };
  let body: string | Buffer | Readable | undefined = request.body;
  if (request.json !== undefined) {
    body = JSON.stringify(request.json);
    headers["content-type"] = "application/json";
  }
  if (request.contentType) headers["content-type"] = request.contentType;
  if (request.contentLength !== undefined) headers["content-length"] = String(request.contentLength);

  let status: number;
  let text: string;
  let retryAfter: string | null = null;
  try {
    const res = await guardedFetch(url, {
      method,
      headers,
      body,
      maxRedirects: 0,
      maxBytes: MAX_ANSWER_BYTES,
      timeoutMs: request.timeoutMs ?? 30_000,
    });
    status = res.status;
    retryAfter = typeof res.headers["retry-after"] === "string" ? res.headers["retry-after"] : null;
    text = await readText(res.body);
  } catch (error) {
    if (error instanceof FetchError) throw new UpstreamError(null, null, error.message, where);
    throw error;
  }
  let payload: Payload = null;
  try {
    payload = text ? (JSON.parse(text) as Payload) : null;
  } catch {
    payload = null;
  }
  const ok = status >= 200 && status < 300;
  if (ok && payload && typeof payload === "object" && !payload.error && (payload.code === undefined || payload.code === 100))
    return (payload.data ?? null) as T;
  if (ok && payload === null && !text) return null as T;
  const { code, message } = refusal(payload, text, status);
  // A 2xx whose envelope says it failed (v1 `code` other than 100) is the upstream refusing; a 2xx that is not
  // JSON at all is not an answer we understand.
  throw new UpstreamError(ok ? (payload ? 400 : 502) : status, code, message, where, retryAfter);
}
