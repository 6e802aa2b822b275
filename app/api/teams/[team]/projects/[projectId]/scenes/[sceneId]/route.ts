import { z } from "zod";
import { withTeam } from "@/lib/api/with-team";
import { deleteScene, patchScene } from "@/lib/projects/scenes";
import { patchSceneBody } from "@/lib/projects/schemas";

const params = z.object({ projectId: z.string(), sceneId: z.string() });

// PATCH /api/teams/[team]/projects/[projectId]/scenes/[sceneId] - save fields of a scene (last write wins per field)
export const PATCH = withTeam(
  async ({ team, principal, params, body }) => patchScene(team.id, principal.user.id, params.projectId, params.sceneId, body),
  { auth: "session", team: "param", permission: "content.write", params, body: patchSceneBody },
);

// DELETE /api/teams/[team]/projects/[projectId]/scenes/[sceneId] - remove a scene
export const DELETE = withTeam(
  async ({ team, principal, params }) => deleteScene(team.id, principal.user.id, params.projectId, params.sceneId),
  { auth: "session", team: "param", permission: "content.write", params },
);
