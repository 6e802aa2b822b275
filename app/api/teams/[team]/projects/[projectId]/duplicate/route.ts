import { z } from "zod";
import { created } from "@/lib/api/reply";
import { withTeam } from "@/lib/api/with-team";
import { duplicateProject } from "@/lib/projects/projects";

const params = z.object({ projectId: z.string() });

// POST /api/teams/[team]/projects/[projectId]/duplicate - copy a project and its scenes
export const POST = withTeam(
  async ({ team, principal, params }) => created(await duplicateProject(team.id, principal.user.id, params.projectId)),
  {
    auth: "session",
    team: "param",
    permission: "content.write",
    params,
  },
);
