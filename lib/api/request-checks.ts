import "server-only";

// The request-wide checks: every route wrapper's core calls these, so a rule added here holds for every
// route at once. Nothing is refused here yet; the place is kept so such rules are written once.

/** Checks of the request as a whole, before anything else is done with it (e.g. its Origin, for CSRF). */
export function checkRequest(_req: Request): void {}

/**
 * Checks of what a request carries, called once for each part before its schema parses it: the route
 * params, the query (every parameter, whether the route reads it or not) and a JSON body (raw and streamed
 * bodies are bytes, not text). E.g. strings with NUL bytes or lone surrogates would be refused here.
 */
export function checkInput(_part: "params" | "query" | "body", _value: unknown): void {}
