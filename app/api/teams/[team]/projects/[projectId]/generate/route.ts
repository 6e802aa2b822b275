import { created, withTeam } from "@/lib/api/with-team";
import { generateProject } from "@/lib/projects/generate";
import { editorId } from "@/lib/projects/editor";

// POST /api/teams/[team]/projects/[projectId]/generate - snapshot the draft into a video (same path as /v2/video/generate)
export const POST = withTeam<undefined, Record<string, string>, { team: string; projectId: string }>(
  async ({ team, principal, params }) => created(await generateProject(team.id, editorId(principal), params.projectId)),
  { auth: "session", team: "param", permission: "content.write", rateLimit: "generate" },
);
