import { withTeam } from "@/lib/api/with-team";
import { deleteProject, getProject, updateProject } from "@/lib/projects/projects";
import { updateProjectBody, type UpdateProject } from "@/lib/projects/schemas";
import { editorId } from "@/lib/projects/editor";

type P = { team: string; projectId: string };

// GET /api/teams/[team]/projects/[projectId] - the draft: settings and scenes
export const GET = withTeam<undefined, Record<string, string>, P>(async ({ team, params }) => getProject(team.id, params.projectId), {
  auth: "session",
  team: "param",
});

// PATCH /api/teams/[team]/projects/[projectId] - rename, move to a folder, size and caption settings
export const PATCH = withTeam<UpdateProject, Record<string, string>, P>(
  async ({ team, principal, params, body }) => updateProject(team.id, editorId(principal), params.projectId, body),
  { auth: "session", team: "param", permission: "content.write", body: updateProjectBody },
);

// DELETE /api/teams/[team]/projects/[projectId] - delete the draft (its videos stay)
export const DELETE = withTeam<undefined, Record<string, string>, P>(async ({ team, params }) => deleteProject(team.id, params.projectId), {
  auth: "session",
  team: "param",
  permission: "content.write",
});
