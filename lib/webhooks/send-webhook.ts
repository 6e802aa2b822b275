import "server-only";
import type { Readable } from "node:stream";
import { FetchError } from "@/lib/assets/fetch-error";
import { guardedFetch } from "@/lib/assets/fetch-guard";
import { signatureHeaders } from "@/lib/webhooks/signing";

const WEBHOOK_TIMEOUT_MS = 10_000;
const EXCERPT_CHARS = 1000;

export type SendOutcome = {
  ok: boolean;
  // The address guard refused the URL: no later attempt would fare better, so none is scheduled.
  refused?: boolean;
  statusCode: number | null;
  error: string | null;
  responseExcerpt: string | null;
  latencyMs: number;
};

// The start of the receiver's answer, for the attempt log; the rest is not read.
async function excerpt(body: Readable): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    for await (const chunk of body as AsyncIterable<Buffer>) {
      chunks.push(chunk);
      size += chunk.length;
      if (size >= EXCERPT_CHARS) break;
    }
  } catch {
    // A body cut off (timeout, reset) still leaves its start.
  } finally {
    body.destroy();
  }
  // PostgreSQL text cannot hold NUL.
  return Buffer.concat(chunks).toString("utf8").slice(0, EXCERPT_CHARS).replace(/\0/g, "");
}

/**
 * POSTs `body` (the exact string that is signed) to `url` with both signature styles: through the fetch
 * guard (http/https only, private addresses refused unless ALLOWED_FETCH_HOSTS lists them), a 10 s timeout,
 * redirects not followed. Never throws: a failure is an outcome to record.
 */
export async function sendWebhook(url: string, eventId: string, body: string, secret: string): Promise<SendOutcome> {
  const started = performance.now();
  const latency = () => Math.round(performance.now() - started);
  const headers = {
    "content-type": "application/json",
    "user-agent": "AvatarStudio-Webhooks/1",
    ...signatureHeaders(secret, eventId, Math.floor(Date.now() / 1000), body),
  };
  try {
    const res = await guardedFetch(url, { method: "POST", body, headers, timeoutMs: WEBHOOK_TIMEOUT_MS, maxRedirects: 0 });
    const text = await excerpt(res.body);
    const ok = res.status >= 200 && res.status < 300;
    const redirect = res.status >= 300 && res.status < 400;
    const error = ok
      ? null
      : redirect
        ? `The receiver answered ${res.status} (to ${String(res.headers.location ?? "nowhere").slice(0, 300)}); redirects are not followed: register the final URL.`
        : `The receiver answered ${res.status}; only a 2xx answer counts as delivered.`;
    return { ok, statusCode: res.status, error, responseExcerpt: text || null, latencyMs: latency() };
  } catch (error) {
    return {
      ok: false,
      refused: error instanceof FetchError && error.refused,
      statusCode: null,
      error: error instanceof Error ? error.message : String(error),
      responseExcerpt: null,
      latencyMs: latency(),
    };
  }
}
