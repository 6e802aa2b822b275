import "server-only";
import type { Envelope } from "@/lib/api/envelope";
import { routeCore, type RouteHandler } from "@/lib/api/route-core";
import { MethodNotAllowed, NotFound } from "@/lib/errors";

// The methods an API route may be called with; Next answers HEAD from GET and OPTIONS by itself.
const METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"] as const;
type Method = (typeof METHODS)[number];

function answering(envelope: Envelope, fail: (req: Request) => Error): Record<Method, RouteHandler> {
  const handler = routeCore(
    { envelope, rateLimit: false },
    async () => ({ context: {}, limitBy: null }),
    async ({ req }) => {
      throw fail(req);
    },
  );
  return Object.fromEntries(METHODS.map((m) => [m, handler])) as Record<Method, RouteHandler>;
}

/**
 * Every method of a path under /v1, /v2 or /v3 that no route serves: 404 in that version's envelope, so an
 * API client never gets the HTML "Page not found" page (app/api/v{1,2,3}/[...path]).
 */
export function unknownEndpoint(envelope: Envelope): Record<Method, RouteHandler> {
  // The public path, whether or not the rewrite from /v1 to /api/v1 shows in the URL.
  const path = (req: Request) => new URL(req.url).pathname.replace(/^\/api(?=\/v[123]\/)/, "");
  return answering(envelope, (req) => new NotFound(`The endpoint ${req.method} ${path(req)}`));
}

/**
 * The methods an API route does not serve, each answering 405 in the route's envelope with an Allow header:
 * `export const { PUT, PATCH, DELETE } = otherMethods("v1", ["GET", "POST"])`.
 */
export function otherMethods(envelope: Envelope, allowed: readonly Method[]): Record<Method, RouteHandler> {
  return answering(envelope, (req) => new MethodNotAllowed(req.method, allowed));
}
