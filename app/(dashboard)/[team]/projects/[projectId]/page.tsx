import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { roleCan } from "@/lib/auth/roles";
import { NotFound } from "@/lib/errors";
import { getProject } from "@/lib/projects/projects";
import { listFolders } from "@/lib/folders/folders";
import { projectHistory } from "@/lib/projects/generate";
import { ProjectEditor } from "@/components/projects/project-editor";
import { loadTeamContext } from "@/app/(dashboard)/[team]/team-context";

export const metadata: Metadata = { title: "Project" };

export default async function ProjectPage({ params }: { params: Promise<{ team: string; projectId: string }> }) {
  const { team: slug, projectId } = await params;
  const { team } = await loadTeamContext(slug);
  const project = await getProject(team.id, projectId).catch((e: unknown) => {
    if (e instanceof NotFound) notFound();
    throw e;
  });
  const [{ renders }, folders] = await Promise.all([projectHistory(team.id, project.id), listFolders(team.id, { limit: 100 })]);
  return (
    <ProjectEditor
      team={team.slug}
      initial={project}
      renders={renders}
      folders={folders.folders.map((f) => ({ id: f.id, name: f.name }))}
      canEdit={roleCan(team.role, "content.write")}
    />
  );
}
