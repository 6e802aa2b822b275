import type { ReactNode } from "react";
import { AppShell } from "@/components/dashboard/app-shell";
import { loadTeamContext, type TeamParams } from "@/app/(dashboard)/[team]/team-context";

export default async function TeamLayout({ children, params }: TeamParams & { children: ReactNode }) {
  const { team: slug } = await params;
  const { user, teams, team } = await loadTeamContext(slug);
  return (
    <AppShell
      user={{ name: user.name, email: user.email }}
      team={{ slug: team.slug, name: team.name, role: team.role }}
      teams={teams.map((t) => ({ slug: t.slug, name: t.name, role: t.role }))}
    >
      {children}
    </AppShell>
  );
}
