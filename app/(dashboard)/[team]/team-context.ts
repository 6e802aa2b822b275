import "server-only";
import { cache } from "react";
import { notFound, redirect } from "next/navigation";
import { currentUser } from "@/lib/auth/current-user";
import { listTeamsForUser } from "@/lib/teams/teams";

// The signed-in user and the team named in the URL, once per request (layout and page share it).
// Not signed in: to /login, coming back here. Not a member: 404, exactly like a team that does not exist.
export const loadTeamContext = cache(async (slug: string) => {
  const user = await currentUser();
  if (!user) redirect(`/login?next=${encodeURIComponent(`/${slug}/projects`)}`);
  const teams = await listTeamsForUser(user.id);
  const team = teams.find((t) => t.slug === slug);
  if (!team) notFound();
  return { user, teams, team };
});

export type TeamParams = { params: Promise<{ team: string }> };
