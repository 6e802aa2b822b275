import { z } from "zod";
import { created } from "@/lib/api/reply";
import { withTeam } from "@/lib/api/with-team";
import { generateProject } from "@/lib/projects/generate";

const params = z.object({ projectId: z.string() });

// POST /api/teams/[team]/projects/[projectId]/generate - snapshot the draft into a video (same path as /v2/video/generate)
export const POST = withTeam(
  async ({ team, principal, params }) => created(await generateProject(team.id, principal.user.id, params.projectId)),
  {
    auth: "session",
    team: "param",
    permission: "content.write",
    rateLimit: "generate",
    params,
  },
);
