import { inject } from "vitest";
import { openApiAnswerChecker } from "../../support/openapi-answers";

export type Answer = { status: number; body: any; headers: Headers; text: string }; // eslint-disable-line @typescript-eslint/no-explicit-any

export type Caller = { key?: string; cookie?: string; headers?: Record<string, string>; base?: string };

// Built once per test process, from the document the app serves (imported, not fetched).
let checkAnswer: ReturnType<typeof openApiAnswerChecker> | undefined;

// Real HTTP against the running server. Every JSON answer to a documented /v1, /v2 or /v3 operation must match
// the OpenAPI document (tests/support/openapi-answers.ts); a mismatch fails the test that made the call.
export async function api(method: string, path: string, opts: Caller & { json?: unknown; body?: BodyInit } = {}): Promise<Answer> {
  const headers: Record<string, string> = { ...(opts.headers ?? {}) };
  if (opts.key) headers["X-Api-Key"] = opts.key;
  if (opts.cookie) {
    headers.Cookie = opts.cookie;
    // As the dashboard's own pages send it: state changes made with the session cookie must prove their origin.
    headers.Origin ??= opts.base ?? inject("baseUrl");
  }
  let body = opts.body;
  if (opts.json !== undefined) {
    headers["Content-Type"] = "application/json";
    body = JSON.stringify(opts.json);
  }
  const res = await fetch(`${opts.base ?? inject("baseUrl")}${path}`, { method, headers, body, redirect: "manual" });
  const text = await res.text();
  let parsed: unknown = null;
  try {
    parsed = text ? JSON.parse(text) : null;
  } catch {
    parsed = null;
  }
  checkAnswer ??= openApiAnswerChecker();
  const mismatch = checkAnswer({ method, path, status: res.status, contentType: res.headers.get("content-type"), body: parsed });
  if (mismatch) throw new Error(mismatch);
  return { status: res.status, body: parsed, headers: res.headers, text };
}

function cookiesOf(res: Response): string[] {
  return res.headers.getSetCookie().map((c) => c.split(";")[0]!);
}

// Signs in through Auth.js exactly as the login form does (CSRF token, credentials callback).
export async function signIn(email: string, password: string, base = inject("baseUrl"), headers: Record<string, string> = {}) {
  const csrfRes = await fetch(`${base}/api/auth/csrf`, { headers });
  const { csrfToken } = (await csrfRes.json()) as { csrfToken: string };
  const jar = cookiesOf(csrfRes);
  const res = await fetch(`${base}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { ...headers, "Content-Type": "application/x-www-form-urlencoded", Cookie: jar.join("; ") },
    body: new URLSearchParams({ csrfToken, email, password, callbackUrl: `${base}/` }),
  });
  const session = cookiesOf(res).find((c) => c.startsWith("authjs.session-token="));
  return { cookie: session ? [...jar, session].join("; ") : null, location: res.headers.get("location") ?? "" };
}
