import "server-only";
import { env } from "@/lib/env";
import { Forbidden, Invalid } from "@/lib/errors";
import type { BodySpec } from "@/lib/api/route-input";
import { formatPath } from "@/lib/validation/format-path";
import { findTextProblem } from "@/lib/validation/well-formed";

// The request-wide checks: every route wrapper's core calls these, so a rule added here holds for every
// route at once.

/** Checks of the request as a whole, before anything else is done with it. */
export function checkRequest(_req: Request): void {}

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

// Whether the request comes from our own pages: the browser says so (Sec-Fetch-Site), or its Origin is
// APP_URL's or the host the request was sent to.
function fromOurPages(req: Request): boolean {
  if (req.headers.get("sec-fetch-site") === "same-origin") return true;
  const origin = req.headers.get("origin");
  if (!origin || origin === "null") return false;
  const own = new Set([new URL(env().appUrl).origin]);
  const host = req.headers.get("host");
  if (host) own.add(`${new URL(req.url).protocol}//${host}`);
  return own.has(origin);
}

/**
 * CSRF: a state change made with the session cookie (not with an API key) must come from our own pages and
 * carry a JSON body, or be a raw upload to an upload route. A cross-site form can do neither: browsers send
 * its Origin, and a form cannot send application/json. Auth.js's own routes keep their CSRF token.
 */
export function checkCookieRequest(req: Request, body: BodySpec | undefined): void {
  if (SAFE_METHODS.has(req.method)) return;
  if (!fromOurPages(req)) {
    throw new Forbidden("Cross-site request refused: a change made with your session must come from this site's own pages.");
  }
  const upload = body === "stream" || body === "raw";
  const type = (req.headers.get("content-type") ?? "").split(";")[0]!.trim().toLowerCase();
  if (type && !upload && type !== "application/json" && !type.endsWith("+json")) {
    throw new Forbidden("A change made with your session must send JSON (Content-Type: application/json).");
  }
}

/**
 * Checks of what a request carries, called once for each part before its schema parses it: the route
 * params, the query (every parameter, whether the route reads it or not) and a JSON body (raw and streamed
 * bodies are bytes, not text). A string with a NUL character or a lone surrogate is a 400 naming the field:
 * PostgreSQL cannot store either, so they would otherwise surface as a server error.
 */
export function checkInput(part: "params" | "query" | "body", value: unknown): void {
  const found = findTextProblem(value);
  if (!found) return;
  const name = part === "body" ? formatPath(found.path) : String(found.path[0] ?? part);
  throw Invalid.field(name, found.message);
}
