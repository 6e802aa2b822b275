import { z } from "zod";
import { withTeam } from "@/lib/api/with-team";
import { restoreVersion } from "@/lib/projects/generate";
import { findProject } from "@/lib/projects/projects";
import { restoreBody } from "@/lib/projects/schemas";

const params = z.object({ projectId: z.string() });

// POST /api/teams/[team]/projects/[projectId]/restore - put a render's settings and scenes back into the draft
export const POST = withTeam(
  async ({ team, principal, params, body }) => {
    await findProject(team.id, params.projectId);
    return restoreVersion(team.id, principal.user.id, params.projectId, body.video_id);
  },
  { auth: "session", team: "param", permission: "content.write", params, body: restoreBody },
);
