import { z } from "zod";
import { withTeam } from "@/lib/api/with-team";
import { findProject } from "@/lib/projects/projects";
import { projectHistory } from "@/lib/projects/generate";

const params = z.object({ projectId: z.string() });

// GET /api/teams/[team]/projects/[projectId]/renders - every video generated from the project (live status)
export const GET = withTeam(
  async ({ team, params }) => {
    await findProject(team.id, params.projectId);
    return projectHistory(team.id, params.projectId);
  },
  { auth: "session", team: "param", params },
);
