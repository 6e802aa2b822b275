import { withTeam } from "@/lib/api/with-team";
import { findProject } from "@/lib/projects/projects";
import { projectHistory } from "@/lib/projects/generate";

// GET /api/teams/[team]/projects/[projectId]/renders - every video generated from the project (live status)
export const GET = withTeam<undefined, Record<string, string>, { team: string; projectId: string }>(
  async ({ team, params }) => {
    await findProject(team.id, params.projectId);
    return projectHistory(team.id, params.projectId);
  },
  { auth: "session", team: "param" },
);
