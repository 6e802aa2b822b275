import { withTeam } from "@/lib/api/with-team";
import { moveScene } from "@/lib/projects/scenes";
import { moveSceneBody } from "@/lib/projects/schemas";
import { editorId } from "@/lib/projects/editor";

// POST /api/teams/[team]/projects/[projectId]/scenes/[sceneId]/move - put a scene at a 0-based position
export const POST = withTeam<{ position: number }, Record<string, string>, { team: string; projectId: string; sceneId: string }>(
  async ({ team, principal, params, body }) => moveScene(team.id, editorId(principal), params.projectId, params.sceneId, body.position),
  { auth: "session", team: "param", permission: "content.write", body: moveSceneBody },
);
