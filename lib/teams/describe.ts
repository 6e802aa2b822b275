import "server-only";
import { teamOwner } from "@/lib/teams/teams";
import type { TeamRef } from "@/lib/teams/team-ref";

// HeyGen's user shape, answered for the team's earliest owner.
export async function describeTeamForApi(team: TeamRef) {
  const owner = await teamOwner(team.id);
  const [first = "", ...rest] = (owner?.name ?? "").trim().split(/\s+/);
  return {
    username: owner?.email.split("@")[0] ?? team.slug,
    email: owner?.email ?? null,
    first_name: first,
    last_name: rest.join(" "),
    team: { id: team.id, slug: team.slug, name: team.name },
  };
}
