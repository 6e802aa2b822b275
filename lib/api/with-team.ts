import "server-only";
import { randomUUID } from "node:crypto";
import { after } from "next/server";
import { z } from "zod";
import { db } from "@/lib/db";
import { Forbidden, NotFound, Unauthorized } from "@/lib/errors";
import { zodInvalid } from "@/lib/validation/zod-invalid";
import { errorResponse, successBody, type Envelope } from "@/lib/api/envelope";
import { toApiError } from "@/lib/api/to-api-error";
import { trackedBody } from "@/lib/api/tracked-body";
import type { Principal } from "@/lib/auth/principal";
import type { TeamRef } from "@/lib/teams/team-ref";
import { enforce, limits } from "@/lib/limits/rate-limit";
import { parseJson, readBody } from "@/lib/api/read-body";
import { clientIp } from "@/lib/http/client-ip";
import { apiKeyCan, roleCan, type Permission, type Role } from "@/lib/auth/roles";
import { currentUser } from "@/lib/auth/current-user";
import { findApiKey, touchApiKey } from "@/lib/keys/api-keys";

export type AuthMode = "session" | "apiKey" | "any" | "none" | "hmac";
type BodyParser<B> = z.ZodType<B> | ((raw: unknown) => B | Promise<B>);

export type RouteOptions<B, Q> = {
  auth: AuthMode;
  // "param": the team is the [team] segment (dashboard routes); "principal": the key's team, or for a
  // session the team named by X-Team (slug) or else the user's first; "none": no team (account routes).
  team?: "param" | "principal" | "none";
  permission?: Permission;
  body?: BodyParser<B> | "raw" | "stream";
  query?: z.ZodType<Q>;
  maxBody?: number;
  rateLimit?: keyof typeof limits | false;
  envelope?: Envelope;
  // auth: "hmac" only: checks the signature of the raw body (machine callbacks); params are the route's.
  verify?: (req: Request, raw: Buffer, params: Record<string, string | string[]>) => Promise<boolean>;
};


export type RouteContext<B, Q, P> = {
  req: Request;
  params: P;
  body: B;
  raw: Buffer | null;
  query: Q;
  requestId: string;
  ip: string;
  principal: Principal;
  team: TeamRef;
  role: Role;
};

// A handler may return plain data (200 in the envelope) or a Reply for another status or a raw Response.
export class Reply {
  constructor(readonly data: unknown, readonly status = 200, readonly headers: Record<string, string> = {}) {}
}
export const created = (data: unknown) => new Reply(data, 201);

const ONE_MB = 1024 * 1024;
const NO_TEAM: TeamRef = { id: "", slug: "", name: "" };

async function authenticate(req: Request, mode: AuthMode): Promise<Principal> {
  if (mode === "none" || mode === "hmac") return { kind: "anonymous" };
  if (mode !== "session") {
    const bearer = req.headers.get("authorization")?.match(/^Bearer\s+(.+)$/i)?.[1];
    const secret = (req.headers.get("x-api-key") ?? bearer)?.trim();
    if (secret) {
      const key = await findApiKey(secret);
      if (!key) throw new Unauthorized("The API key is invalid or was revoked.");
      after(() => touchApiKey(key).catch((e) => console.error("[api-key] lastUsedAt update failed", e)));
      return { kind: "apiKey", keyId: key.id };
    }
    if (mode === "apiKey") throw new Unauthorized("Send your API key in the X-Api-Key header.");
  }
  const user = await currentUser();
  if (!user) throw new Unauthorized(mode === "session" ? "Log in to continue." : "Send your API key in the X-Api-Key header, or log in.");
  return { kind: "session", user };
}

async function resolveTeam(req: Request, principal: Principal, how: "param" | "principal" | "none", slug: string | undefined): Promise<{ team: TeamRef; role: Role }> {
  if (how === "none" || principal.kind === "anonymous") return { team: NO_TEAM, role: "member" };
  if (principal.kind === "apiKey") {
    const key = await db().apiKey.findUniqueOrThrow({ where: { id: principal.keyId }, include: { team: true } });
    if (how === "param" && key.team.slug !== slug) throw new NotFound("The team");
    return { team: { id: key.team.id, slug: key.team.slug, name: key.team.name }, role: "member" };
  }
  const wanted = how === "param" ? slug : (req.headers.get("x-team") ?? undefined);
  const membership = await db().membership.findFirst({
    where: { userId: principal.user.id, ...(wanted ? { team: { slug: wanted } } : {}) },
    include: { team: true },
    orderBy: { createdAt: "asc" },
  });
  // Another team's slug answers exactly like a missing one.
  if (!membership) throw new NotFound("The team");
  return { team: { id: membership.team.id, slug: membership.team.slug, name: membership.team.name }, role: membership.role };
}

function checkPermission(principal: Principal, role: Role, permission: Permission | undefined): void {
  if (!permission || principal.kind === "anonymous") return;
  const allowed = principal.kind === "apiKey" ? apiKeyCan(permission) : roleCan(role, permission);
  if (!allowed) throw new Forbidden(principal.kind === "apiKey" ? "API keys cannot do this; use the dashboard." : undefined);
}

function parseWith<T>(schema: z.ZodType<T>, value: unknown): T {
  const result = schema.safeParse(value);
  if (!result.success) throw zodInvalid(result.error);
  return result.data;
}

// The one wrapper every route handler goes through: request id, auth (session or API key), team from the
// membership or key (never the body), role check, rate limit, body and query parsing, error mapping.
// P allows string[] for catch-all segments ([...key]).
export function withTeam<B = undefined, Q = Record<string, string>, P extends Record<string, string | string[]> = Record<string, string>>(
  handler: (ctx: RouteContext<B, Q, P>) => Promise<unknown>,
  options: RouteOptions<B, Q>,
) {
  const envelope = options.envelope ?? "v2";
  const teamMode = options.team ?? (options.auth === "none" || options.auth === "hmac" ? "none" : "principal");
  return async (req: Request, context: { params: Promise<P> }): Promise<Response> => {
    const requestId = randomUUID();
    let stream: ReturnType<typeof trackedBody> | null = null;
    try {
      const params = ((await context?.params) ?? {}) as P;
      const ip = clientIp(req.headers);
      let raw: Buffer | null = null;
      if (options.auth === "hmac") {
        raw = await readBody(req, options.maxBody ?? ONE_MB);
        if (!options.verify || !(await options.verify(req, raw, params))) throw new Unauthorized("The signature is missing, invalid or too old.");
      }
      const principal = await authenticate(req, options.auth);
      const { team, role } = await resolveTeam(req, principal, teamMode, typeof params.team === "string" ? params.team : undefined);
      checkPermission(principal, role, teamMode === "none" ? undefined : (options.permission ?? "team.read"));

      if (options.rateLimit !== false) {
        const bucket = options.rateLimit ?? (req.method === "GET" || req.method === "HEAD" ? "read" : "write");
        if (principal.kind !== "anonymous") {
          const who = principal.kind === "apiKey" ? `key:${principal.keyId}` : `user:${principal.user.id}`;
          await enforce(`${bucket}:${who}`, limits[bucket]);
        } else if (options.rateLimit) {
          await enforce(`${bucket}:ip:${ip}`, limits[bucket]);
        }
      }

      const url = new URL(req.url);
      const query = (options.query ? parseWith(options.query, Object.fromEntries(url.searchParams)) : Object.fromEntries(url.searchParams)) as Q;
      let body = undefined as B;
      const mode = options.body;
      if (mode === "raw") {
        raw ??= await readBody(req, options.maxBody ?? ONE_MB);
        body = raw as B;
      } else if (mode && mode !== "stream") {
        raw ??= await readBody(req, options.maxBody ?? ONE_MB);
        const json = parseJson(raw);
        body = typeof mode === "function" ? await mode(json) : parseWith(mode, json);
      }

      if (mode === "stream" && req.body) {
        stream = trackedBody(req.body);
        body = stream.body as B;
      }
      const result = await handler({ req, params, body, raw, query, requestId, ip, principal, team, role });
      if (result instanceof Response) {
        result.headers.set("X-Request-Id", requestId);
        return result;
      }
      const reply = result instanceof Reply ? result : new Reply(result);
      return Response.json(successBody(envelope, reply.data ?? {}), {
        status: reply.status,
        headers: { ...reply.headers, "X-Request-Id": requestId },
      });
    } catch (error) {
      const answer = toApiError(error, requestId);
      // The handler stopped reading a streamed body part way: the rest is still on the connection.
      if (stream && !stream.finished()) answer.headers = { ...answer.headers, Connection: "close" };
      return errorResponse(answer, requestId);
    }
  };
}
