import { z } from "zod";
import { created } from "@/lib/api/reply";
import { withTeam } from "@/lib/api/with-team";
import { addScene } from "@/lib/projects/scenes";
import { addSceneBody } from "@/lib/projects/schemas";

const params = z.object({ projectId: z.string() });

// POST /api/teams/[team]/projects/[projectId]/scenes - add a default scene (after `after`, or at the end)
export const POST = withTeam(
  async ({ team, principal, params, body }) => created(await addScene(team.id, principal.user.id, params.projectId, body.after)),
  { auth: "session", team: "param", permission: "content.write", params, body: addSceneBody },
);
