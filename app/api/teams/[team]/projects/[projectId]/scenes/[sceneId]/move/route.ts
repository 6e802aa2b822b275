import { z } from "zod";
import { withTeam } from "@/lib/api/with-team";
import { moveScene } from "@/lib/projects/scenes";
import { moveSceneBody } from "@/lib/projects/schemas";

const params = z.object({ projectId: z.string(), sceneId: z.string() });

// POST /api/teams/[team]/projects/[projectId]/scenes/[sceneId]/move - put a scene at a 0-based position
export const POST = withTeam(
  async ({ team, principal, params, body }) => moveScene(team.id, principal.user.id, params.projectId, params.sceneId, body.position),
  { auth: "session", team: "param", permission: "content.write", params, body: moveSceneBody },
);
