import { withTeam } from "@/lib/api/with-team";
import { deleteScene, patchScene } from "@/lib/projects/scenes";
import { patchSceneBody, type PatchScene } from "@/lib/projects/schemas";
import { editorId } from "@/lib/projects/editor";

type P = { team: string; projectId: string; sceneId: string };

// PATCH /api/teams/[team]/projects/[projectId]/scenes/[sceneId] - save fields of a scene (last write wins per field)
export const PATCH = withTeam<PatchScene, Record<string, string>, P>(
  async ({ team, principal, params, body }) => patchScene(team.id, editorId(principal), params.projectId, params.sceneId, body),
  { auth: "session", team: "param", permission: "content.write", body: patchSceneBody },
);

// DELETE /api/teams/[team]/projects/[projectId]/scenes/[sceneId] - remove a scene
export const DELETE = withTeam<undefined, Record<string, string>, P>(
  async ({ team, principal, params }) => deleteScene(team.id, editorId(principal), params.projectId, params.sceneId),
  { auth: "session", team: "param", permission: "content.write" },
);
