import { created, withTeam } from "@/lib/api/with-team";
import { duplicateProject } from "@/lib/projects/projects";
import { editorId } from "@/lib/projects/editor";

// POST /api/teams/[team]/projects/[projectId]/duplicate - copy a project and its scenes
export const POST = withTeam<undefined, Record<string, string>, { team: string; projectId: string }>(
  async ({ team, principal, params }) => created(await duplicateProject(team.id, editorId(principal), params.projectId)),
  { auth: "session", team: "param", permission: "content.write" },
);
