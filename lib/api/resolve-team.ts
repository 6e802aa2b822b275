import "server-only";
import { db } from "@/lib/db";
import { Forbidden, NotFound } from "@/lib/errors";
import { apiKeyCan, roleCan, type Permission, type Role } from "@/lib/auth/roles";
import type { ApiKeyPrincipal, SessionPrincipal } from "@/lib/auth/principal";
import type { TeamRef } from "@/lib/teams/team-ref";

// "param": the team is the [team] segment (dashboard routes); "principal": the key's team, or for a session
// the team named by X-Team (slug) or else the user's first.
export type TeamFrom = "param" | "principal";

// The team comes from the membership or the key, never from the request body.
export async function resolveTeam(
  req: Request,
  principal: SessionPrincipal | ApiKeyPrincipal,
  from: TeamFrom,
  slug: string | undefined,
): Promise<{ team: TeamRef; role: Role }> {
  if (principal.kind === "apiKey") {
    const key = await db().apiKey.findUniqueOrThrow({ where: { id: principal.keyId }, include: { team: true } });
    if (from === "param" && key.team.slug !== slug) throw new NotFound("The team");
    return { team: { id: key.team.id, slug: key.team.slug, name: key.team.name }, role: "member" };
  }
  const wanted = from === "param" ? slug : (req.headers.get("x-team") ?? undefined);
  const membership = await db().membership.findFirst({
    where: { userId: principal.user.id, ...(wanted ? { team: { slug: wanted } } : {}) },
    include: { team: true },
    orderBy: { createdAt: "asc" },
  });
  // Another team's slug answers exactly like a missing one.
  if (!membership) throw new NotFound("The team");
  return { team: { id: membership.team.id, slug: membership.team.slug, name: membership.team.name }, role: membership.role };
}

export function checkPermission(principal: SessionPrincipal | ApiKeyPrincipal, role: Role, permission: Permission): void {
  const allowed = principal.kind === "apiKey" ? apiKeyCan(permission) : roleCan(role, permission);
  if (!allowed) throw new Forbidden(principal.kind === "apiKey" ? "API keys cannot do this; use the dashboard." : undefined);
}
