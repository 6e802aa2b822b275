import { z } from "zod";
import { created } from "@/lib/api/reply";
import { withTeam } from "@/lib/api/with-team";
import { generateProject } from "@/lib/projects/generate";
import { idempotencyKeyOf } from "@/lib/videos/schemas";

const params = z.object({ projectId: z.string() });

// POST /api/teams/[team]/projects/[projectId]/generate - snapshot the draft into a video (same path as /v2/video/generate)
export const POST = withTeam(
  async ({ req, team, principal, params }) => {
    const key = idempotencyKeyOf(req.headers);
    return created(await generateProject(team.id, principal.user.id, params.projectId, key));
  },
  {
    auth: "session",
    team: "param",
    permission: "content.write",
    rateLimit: "generate",
    params,
  },
);
