import { z } from "zod";
import { withTeam } from "@/lib/api/with-team";
import { deleteProject, getProject, updateProject } from "@/lib/projects/projects";
import { updateProjectBody } from "@/lib/projects/schemas";

const params = z.object({ projectId: z.string() });

// GET /api/teams/[team]/projects/[projectId] - the draft: settings and scenes
export const GET = withTeam(async ({ team, params }) => getProject(team.id, params.projectId), { auth: "session", team: "param", params });

// PATCH /api/teams/[team]/projects/[projectId] - rename, move to a folder, size and caption settings
export const PATCH = withTeam(
  async ({ team, principal, params, body }) => updateProject(team.id, principal.user.id, params.projectId, body),
  {
    auth: "session",
    team: "param",
    permission: "content.write",
    params,
    body: updateProjectBody,
  },
);

// DELETE /api/teams/[team]/projects/[projectId] - delete the draft (its videos stay)
export const DELETE = withTeam(async ({ team, params }) => deleteProject(team.id, params.projectId), {
  auth: "session",
  team: "param",
  permission: "content.write",
  params,
});
