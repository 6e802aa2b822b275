import "server-only";
import { Invalid } from "@/lib/errors";
import { formatPath } from "@/lib/validation/format-path";
import { findTextProblem } from "@/lib/validation/well-formed";

// The request-wide checks: every route wrapper's core calls these, so a rule added here holds for every
// route at once.

/** Checks of the request as a whole, before anything else is done with it (e.g. its Origin, for CSRF). */
export function checkRequest(_req: Request): void {}

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
