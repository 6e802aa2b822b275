import { z } from "zod";
import { created } from "@/lib/api/reply";
import { withTeam } from "@/lib/api/with-team";
import { duplicateScene } from "@/lib/projects/scenes";

const params = z.object({ projectId: z.string(), sceneId: z.string() });

// POST /api/teams/[team]/projects/[projectId]/scenes/[sceneId]/duplicate - copy a scene right after itself
export const POST = withTeam(
  async ({ team, principal, params }) => created(await duplicateScene(team.id, principal.user.id, params.projectId, params.sceneId)),
  { auth: "session", team: "param", permission: "content.write", params },
);
