import "server-only";
import type { RateLimitName } from "@/lib/env";
import { randomUUID } from "node:crypto";
import { enforce, limitOf } from "@/lib/limits/rate-limit";
import { teamRateLimits } from "@/lib/limits/team-limits";
import { clientIp } from "@/lib/http/client-ip";
import { errorResponse, successBody, type Envelope } from "@/lib/api/envelope";
import { readBody } from "@/lib/api/read-body";
import { Reply } from "@/lib/api/reply";
import { checkCookieRequest, checkInput, checkRequest } from "@/lib/api/request-checks";
import { readInput, type InputSpec, type RouteParams } from "@/lib/api/route-input";
import { toApiError } from "@/lib/api/to-api-error";
import { claimIdempotency, type IdempotencyClaim } from "@/lib/api/idempotency";
import type { TrackedBody } from "@/lib/api/tracked-body";

export type LimitName = RateLimitName;

export type CoreOptions = InputSpec & {
  envelope?: Envelope;
  // Which budget the caller spends: by default "read" for GET/HEAD, "write" otherwise; false: none.
  rateLimit?: LimitName | false;
  maxBody?: number;
  // v3's Idempotency-Key semantics (lib/api/idempotency.ts); needs a team-scoped wrapper.
  idempotent?: boolean;
};

// What every handler gets, whatever its auth mode.
export type CoreContext<P, Q, B> = { req: Request; requestId: string; ip: string; params: P; query: Q; body: B };

// What a wrapper's auth step sees, and what it hands on: its part of the handler's context, and whom the
// rate limit counts (null: nobody, no limit).
export type Gate = { req: Request; routeParams: RouteParams; ip: string; readRaw: () => Promise<Buffer> };
// viaCookie: the caller was authenticated by the session cookie (a browser), so the request must prove it
// comes from our own pages (checkCookieRequest).
// teamId: whose operator overrides of the rate limits apply (npm run team -- --rate).
export type Admission<A> = { context: A; limitBy: string | null; viaCookie?: boolean; teamId?: string };

export type RouteHandler = (req: Request, context: { params?: Promise<RouteParams> }) => Promise<Response>;

const ONE_MB = 1024 * 1024;

function once<T>(load: () => Promise<T>): () => Promise<T> {
  let value: Promise<T> | null = null;
  return () => (value ??= load());
}

function toResponse(result: unknown, envelope: Envelope, requestId: string, claim: IdempotencyClaim | null): Promise<Response> | Response {
  if (result instanceof Response) {
    result.headers.set("X-Request-Id", requestId);
    // A raw answer (a stream, a file) cannot be replayed: the key is free again.
    return claim ? claim.release().then(() => result) : result;
  }
  const reply = result instanceof Reply ? result : new Reply(result);
  const body = successBody(envelope, reply.data ?? {});
  const response = Response.json(body, { status: reply.status, headers: { ...reply.headers, "X-Request-Id": requestId } });
  return claim ? claim.finish(reply.status, body).then(() => response) : response;
}

/**
 * The one core under every route wrapper: request id, request-wide checks, the wrapper's auth step, rate
 * limit, params/query/body parsing, then the handler; any error thrown on the way becomes an envelope.
 * The wrappers (withTeam, withSession, withSignedCallback, withPublic) only differ in their auth step.
 */
export function routeCore<P, Q, B, A>(
  options: CoreOptions,
  admit: (gate: Gate) => Promise<Admission<A>>,
  handler: (ctx: CoreContext<P, Q, B> & A) => Promise<unknown>,
): RouteHandler {
  const envelope = options.envelope ?? "v2";
  return async (req, context) => {
    const requestId = randomUUID();
    let stream: TrackedBody | null = null;
    let claim: IdempotencyClaim | null = null;
    try {
      checkRequest(req);
      const routeParams = (await context?.params) ?? {};
      // Before anything reads them (the team is looked up by its slug): a NUL byte would reach PostgreSQL.
      checkInput("params", routeParams);
      for (const [name, value] of new URL(req.url).searchParams) checkInput("query", { [name]: value });
      const ip = clientIp(req.headers);
      const readRaw = once(() => readBody(req, options.maxBody ?? ONE_MB));
      const admitted = await admit({ req, routeParams, ip, readRaw });
      if (admitted.viaCookie) checkCookieRequest(req, options.body);
      if (admitted.limitBy && options.rateLimit !== false) {
        const bucket = options.rateLimit ?? (req.method === "GET" || req.method === "HEAD" ? "read" : "write");
        const overrides = admitted.teamId ? await teamRateLimits(admitted.teamId) : undefined;
        await enforce(`${bucket}:${admitted.limitBy}`, limitOf(bucket, overrides));
      }
      if (options.idempotent && admitted.teamId) {
        const claimed = await claimIdempotency(req, admitted.teamId);
        if (claimed instanceof Response) {
          claimed.headers.set("X-Request-Id", requestId);
          return claimed;
        }
        claim = claimed;
      }
      const input = await readInput(req, routeParams, options, readRaw);
      stream = input.stream;
      const ctx = { req, requestId, ip, params: input.params as P, query: input.query as Q, body: input.body as B };
      return await toResponse(await handler({ ...ctx, ...admitted.context }), envelope, requestId, claim);
    } catch (error) {
      await claim?.release().catch(() => {});
      const answer = toApiError(error, requestId);
      // The handler stopped reading a streamed body part way: the rest is still on the connection.
      if (stream && !stream.finished()) answer.headers = { ...answer.headers, Connection: "close" };
      return errorResponse(answer, requestId, envelope);
    }
  };
}
