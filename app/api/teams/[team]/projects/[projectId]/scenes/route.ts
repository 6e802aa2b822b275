import { created, withTeam } from "@/lib/api/with-team";
import { addScene } from "@/lib/projects/scenes";
import { addSceneBody } from "@/lib/projects/schemas";
import { editorId } from "@/lib/projects/editor";

// POST /api/teams/[team]/projects/[projectId]/scenes - add a default scene (after `after`, or at the end)
export const POST = withTeam<{ after?: string }, Record<string, string>, { team: string; projectId: string }>(
  async ({ team, principal, params, body }) => created(await addScene(team.id, editorId(principal), params.projectId, body.after)),
  { auth: "session", team: "param", permission: "content.write", body: addSceneBody },
);
