import { z } from "zod";
import { created } from "@/lib/api/reply";
import { withTeam } from "@/lib/api/with-team";
import { Invalid } from "@/lib/errors";
import { generateProject } from "@/lib/projects/generate";
import { idempotencyKeyHeader } from "@/lib/videos/schemas";

const params = z.object({ projectId: z.string() });

// POST /api/teams/[team]/projects/[projectId]/generate - snapshot the draft into a video (same path as /v2/video/generate)
export const POST = withTeam(
  async ({ req, team, principal, params }) => {
    const header = req.headers.get("idempotency-key");
    const key = header === null ? undefined : idempotencyKeyHeader.safeParse(header);
    if (key && !key.success) throw Invalid.field("Idempotency-Key", "must be 1 to 255 characters");
    return created(await generateProject(team.id, principal.user.id, params.projectId, key?.data));
  },
  {
    auth: "session",
    team: "param",
    permission: "content.write",
    rateLimit: "generate",
    params,
  },
);
