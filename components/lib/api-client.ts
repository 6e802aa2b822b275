// Typed calls to our own JSON routes. Every route answers {data, error}; on failure this throws an
// ApiClientError carrying the server's human-readable message, which the UI shows as is, and the field
// problems (`details`) that forms show next to their fields.

export type FieldIssue = { path: string; message: string };

export class ApiClientError extends Error {
  constructor(
    message: string,
    readonly status: number,
    readonly code: string,
    readonly requestId: string | null,
    readonly details: readonly FieldIssue[] = [],
  ) {
    super(message);
    this.name = "ApiClientError";
  }
}

export type ErrorBody = { code: string; message: string; details?: FieldIssue[]; request_id?: string };
type Envelope<T> = { data: T | null; error: ErrorBody | null };

function fallbackMessage(status: number): string {
  if (status === 401) return "Your session has ended. Log in again to continue.";
  if (status === 403) return "Your role in this team does not allow this.";
  if (status === 404) return "This was not found. It may have been removed.";
  if (status === 429) return "Too many requests. Wait a moment and try again.";
  if (status >= 500) return `The server could not answer (HTTP ${status}). Try again in a moment.`;
  return `The request failed (HTTP ${status}).`;
}

export async function api<T>(
  path: string,
  init: {
    method?: "GET" | "POST" | "PUT" | "PATCH" | "DELETE";
    body?: unknown;
    signal?: AbortSignal;
    headers?: Record<string, string>;
  } = {},
): Promise<T> {
  let res: Response;
  try {
    res = await fetch(path, {
      method: init.method ?? "GET",
      headers: {
        accept: "application/json",
        ...(init.body === undefined ? {} : { "content-type": "application/json" }),
        ...init.headers,
      },
      body: init.body === undefined ? undefined : JSON.stringify(init.body),
      credentials: "same-origin",
      cache: "no-store",
      signal: init.signal,
    });
  } catch (error) {
    if ((error as Error).name === "AbortError") throw error;
    throw new ApiClientError("Could not reach the server. Check your connection and try again.", 0, "network_error", null);
  }
  let payload: Envelope<T> | null = null;
  try {
    payload = (await res.json()) as Envelope<T>;
  } catch {
    payload = null;
  }
  if (!res.ok || payload?.error) {
    const error = payload?.error;
    throw new ApiClientError(
      error?.message ?? fallbackMessage(res.status),
      res.status,
      error?.code ?? "http_error",
      error?.request_id ?? null,
      error?.details ?? [],
    );
  }
  return (payload?.data ?? null) as T;
}

export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : "Something went wrong. Try again.";
}

// Per-field messages, from the answer's `details` ({path: "email", message: "is already a member"}).
export function fieldError(error: unknown, field: string): string | null {
  if (!(error instanceof ApiClientError)) return null;
  const issue = error.details.find((d) => d.path === field);
  return issue ? capitalize(issue.message) : null;
}

function capitalize(text: string): string {
  // "http://host answered ..." keeps its URL as typed.
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(text)) return text;
  return text.charAt(0).toUpperCase() + text.slice(1);
}
