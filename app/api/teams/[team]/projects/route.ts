import { created } from "@/lib/api/reply";
import { withTeam } from "@/lib/api/with-team";
import { createProject, listProjects } from "@/lib/projects/projects";
import { createProjectBody, listProjectsQuery } from "@/lib/projects/schemas";

// GET /api/teams/[team]/projects - the team's projects (search by title, filter by folder)
export const GET = withTeam(async ({ team, query }) => ({ projects: await listProjects(team.id, query) }), {
  auth: "session",
  team: "param",
  query: listProjectsQuery,
});

// POST /api/teams/[team]/projects - create a project with one default scene
export const POST = withTeam(async ({ team, principal, body }) => created(await createProject(team.id, principal.user.id, body)), {
  auth: "session",
  team: "param",
  permission: "content.write",
  body: createProjectBody,
});
