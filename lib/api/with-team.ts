import "server-only";
import type { z } from "zod";
import type { Permission, Role } from "@/lib/auth/roles";
import type { TeamRef } from "@/lib/teams/team-ref";
import { authenticate, principalKey, type AuthMode, type PrincipalOf } from "@/lib/api/authenticate";
import { checkPermission, resolveTeam, type TeamFrom } from "@/lib/api/resolve-team";
import { routeCore, type CoreContext, type CoreOptions } from "@/lib/api/route-core";
import type { BodyOf, BodySpec, ParamsOf, QueryOf } from "@/lib/api/route-input";

export type TeamOptions<PS, QS, BS, A> = CoreOptions & {
  params?: PS;
  query?: QS;
  body?: BS;
  // "session": the dashboard only; "apiKey": API clients only; "any" (default): either.
  auth?: A;
  team?: TeamFrom;
  // Checked against the member's role or the key's rights; default "team.read".
  permission?: Permission;
};

export type TeamContext<PS, QS, BS, A extends AuthMode> = CoreContext<ParamsOf<PS>, QueryOf<QS>, BodyOf<BS>> & {
  principal: PrincipalOf<A>;
  team: TeamRef;
  role: Role;
};

/**
 * A team-scoped route for a signed-in member or an API key: the team from the [team] segment
 * (`team: "param"`) or from the key or X-Team (`"principal"`, the default), the role checked against
 * `permission`, the rate limit counted per key or user.
 */
export function withTeam<
  PS extends z.ZodType | undefined = undefined,
  QS extends z.ZodType | undefined = undefined,
  BS extends BodySpec | undefined = undefined,
  A extends AuthMode = "any",
>(handler: (ctx: TeamContext<PS, QS, BS, A>) => Promise<unknown>, options: TeamOptions<PS, QS, BS, A> = {}) {
  const mode = (options.auth ?? "any") as A;
  return routeCore(
    options,
    async ({ req, routeParams }) => {
      const principal = await authenticate(req, mode);
      const slug = typeof routeParams.team === "string" ? routeParams.team : undefined;
      const { team, role } = await resolveTeam(req, principal, options.team ?? "principal", slug);
      checkPermission(principal, role, options.permission ?? "team.read");
      return {
        context: { principal, team, role },
        limitBy: principalKey(principal),
        viaCookie: principal.kind === "session",
        teamId: team.id,
      };
    },
    handler,
  );
}
