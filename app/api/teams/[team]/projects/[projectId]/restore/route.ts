import { withTeam } from "@/lib/api/with-team";
import { restoreVersion } from "@/lib/projects/generate";
import { findProject } from "@/lib/projects/projects";
import { restoreBody } from "@/lib/projects/schemas";
import { editorId } from "@/lib/projects/editor";

// POST /api/teams/[team]/projects/[projectId]/restore - put a render's settings and scenes back into the draft
export const POST = withTeam<{ video_id: string }, Record<string, string>, { team: string; projectId: string }>(
  async ({ team, principal, params, body }) => {
    await findProject(team.id, params.projectId);
    return restoreVersion(team.id, editorId(principal), params.projectId, body.video_id);
  },
  { auth: "session", team: "param", permission: "content.write", body: restoreBody },
);
