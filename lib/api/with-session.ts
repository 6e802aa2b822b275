import "server-only";
import type { z } from "zod";
import type { SessionUser } from "@/lib/auth/session-user";
import { authenticate, principalKey } from "@/lib/api/authenticate";
import { routeCore, type CoreContext, type CoreOptions } from "@/lib/api/route-core";
import type { BodyOf, BodySpec, ParamsOf, QueryOf } from "@/lib/api/route-input";

export type SessionOptions<PS, QS, BS> = CoreOptions & { params?: PS; query?: QS; body?: BS };
export type SessionContext<PS, QS, BS> = CoreContext<ParamsOf<PS>, QueryOf<QS>, BodyOf<BS>> & { user: SessionUser };

/** A signed-in user's own route, outside any team (the account, the team list, accepting an invite). */
export function withSession<
  PS extends z.ZodType | undefined = undefined,
  QS extends z.ZodType | undefined = undefined,
  BS extends BodySpec | undefined = undefined,
>(handler: (ctx: SessionContext<PS, QS, BS>) => Promise<unknown>, options: SessionOptions<PS, QS, BS> = {}) {
  return routeCore(
    options,
    async ({ req }) => {
      const principal = await authenticate(req, "session");
      return { context: { user: principal.user }, limitBy: principalKey(principal), viaCookie: true };
    },
    handler,
  );
}
