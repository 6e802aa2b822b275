import { created, withTeam } from "@/lib/api/with-team";
import { duplicateScene } from "@/lib/projects/scenes";
import { editorId } from "@/lib/projects/editor";

// POST /api/teams/[team]/projects/[projectId]/scenes/[sceneId]/duplicate - copy a scene right after itself
export const POST = withTeam<undefined, Record<string, string>, { team: string; projectId: string; sceneId: string }>(
  async ({ team, principal, params }) => created(await duplicateScene(team.id, editorId(principal), params.projectId, params.sceneId)),
  { auth: "session", team: "param", permission: "content.write" },
);
