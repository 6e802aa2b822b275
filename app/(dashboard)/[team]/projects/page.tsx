import type { Metadata } from "next";
import { roleCan } from "@/lib/auth/roles";
import { listFolders } from "@/lib/folders/folders";
import { listProjects } from "@/lib/projects/projects";
import { ProjectsPanel } from "@/components/projects/projects-panel";
import { loadTeamContext, type TeamParams } from "@/app/(dashboard)/[team]/team-context";

export const metadata: Metadata = { title: "Projects" };

export default async function ProjectsPage({ params }: TeamParams) {
  const { team } = await loadTeamContext((await params).team);
  const [projects, folders] = await Promise.all([listProjects(team.id, {}), listFolders(team.id, { limit: 100 })]);
  return (
    <ProjectsPanel
      team={team.slug}
      initial={projects}
      folders={folders.folders.map((f) => ({ id: f.id, name: f.name }))}
      canEdit={roleCan(team.role, "content.write")}
    />
  );
}
