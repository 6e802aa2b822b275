import "server-only";
import { buffer } from "node:stream/consumers";
import { FetchError } from "@/lib/assets/fetch-error";
import { guardedFetch } from "@/lib/assets/fetch-guard";
import { PROVIDER_LABEL, type SpeechAccess } from "./speech-access";

// One HTTP exchange with a speech provider. Operator URLs are trusted (their host may be private); a team's URL
// goes through the address guard like any URL a user gives us. A 429 or 5xx (or no answer) is retried with
// backoff; anything else comes back as a SpeechProviderError carrying the provider's own message.

export class SpeechProviderError extends Error {
  constructor(
    readonly provider: SpeechAccess["provider"],
    // The provider's HTTP status; null when it could not be reached.
    readonly status: number | null,
    readonly providerMessage: string,
    // The address guard refused the URL (a team's URL on a private network): trying again cannot help.
    readonly refused = false,
  ) {
    super(`${PROVIDER_LABEL[provider]} ${status === null ? "could not be reached" : `answered ${status}`}: ${providerMessage}`);
    this.name = "SpeechProviderError";
  }

  /** Whether trying again later may help (an outage or a rate limit), as opposed to a refusal. */
  get transient(): boolean {
    if (this.status === null) return !this.refused;
    return this.status === 429 || this.status >= 500;
  }

  /** The sentence a user reads on the failed video. */
  describe(): string {
    const who = PROVIDER_LABEL[this.provider];
    if (this.status === 401 || this.status === 403)
      return `${who} refused the key (${this.status}: ${this.providerMessage}); check the API key.`;
    return this.message;
  }
}

export type SpeechCall = {
  method: "GET" | "POST";
  path: string;
  headers: Record<string, string>;
  json?: unknown;
  timeoutMs: number;
  // Extra tries after the first for 429, 5xx and unreachable; 0 for lists (they have a last good one).
  retries: number;
  signal?: AbortSignal;
};

// "detail": {"status": "...", "message": "..."} (ElevenLabs), "error": {"message"} (OpenAI), "detail": "..." (FastAPI).
function messageOf(body: Buffer): string {
  const text = body.toString("utf8").slice(0, 2000);
  try {
    const parsed = JSON.parse(text) as Record<string, unknown>;
    for (const field of [parsed.detail, parsed.error, parsed.message]) {
      if (typeof field === "string" && field) return field.slice(0, 300);
      if (field && typeof field === "object") {
        const inner = field as Record<string, unknown>;
        const said = inner.message ?? inner.msg ?? (Array.isArray(field) ? (field[0] as Record<string, unknown>)?.msg : undefined);
        if (typeof said === "string" && said) return said.slice(0, 300);
      }
    }
  } catch {
    // not JSON: the text itself
  }
  return text.trim().slice(0, 300) || "no message";
}

const sleep = (ms: number, signal?: AbortSignal) =>
  new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener("abort", () => (clearTimeout(timer), resolve()), { once: true });
  });

// Retry-After in seconds when the provider gives one (capped), else 0.5 s, 1 s, 2 s, ...
function backoffMs(attempt: number, retryAfter: string | string[] | undefined): number {
  const seconds = Number(Array.isArray(retryAfter) ? retryAfter[0] : retryAfter);
  if (Number.isFinite(seconds) && seconds > 0) return Math.min(10_000, seconds * 1000);
  return 500 * 2 ** attempt;
}

async function once(access: SpeechAccess, call: SpeechCall): Promise<{ status: number; body: Buffer; retryAfter?: string | string[] }> {
  const url = `${access.baseUrl}${call.path}`;
  const host = new URL(url);
  try {
    const res = await guardedFetch(url, {
      method: call.method,
      headers: { ...call.headers, ...(call.json !== undefined ? { "content-type": "application/json" } : {}) },
      body: call.json !== undefined ? JSON.stringify(call.json) : undefined,
      timeoutMs: call.timeoutMs,
      maxBytes: 50 * 1024 * 1024,
      // A provider's redirect is not followed with the key.
      maxRedirects: 0,
      allowedHosts: access.trusted ? [`${host.hostname}:${host.port || (host.protocol === "https:" ? "443" : "80")}`] : undefined,
      signal: call.signal,
    });
    return { status: res.status, body: await buffer(res.body), retryAfter: res.headers["retry-after"] };
  } catch (error) {
    if (error instanceof FetchError) throw new SpeechProviderError(access.provider, null, error.message, error.refused);
    throw error;
  }
}

/** The provider's answer body for a 2xx; SpeechProviderError otherwise (after the retries). */
export async function speechRequest(access: SpeechAccess, call: SpeechCall): Promise<Buffer> {
  for (let attempt = 0; ; attempt++) {
    let failure: SpeechProviderError;
    let retryAfter: string | string[] | undefined;
    try {
      const res = await once(access, call);
      if (res.status >= 200 && res.status < 300) return res.body;
      failure = new SpeechProviderError(access.provider, res.status, messageOf(res.body));
      retryAfter = res.retryAfter;
    } catch (error) {
      if (!(error instanceof SpeechProviderError)) throw error;
      failure = error;
    }
    if (!failure.transient || attempt >= call.retries || call.signal?.aborted) throw failure;
    await sleep(backoffMs(attempt, retryAfter), call.signal);
  }
}
