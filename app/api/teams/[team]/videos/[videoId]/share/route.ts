import { z } from "zod";
import { withTeam } from "@/lib/api/with-team";
import { enableShare, revokeShare } from "@/lib/videos/share";

const params = z.object({ videoId: z.string() });

// POST /api/teams/[team]/videos/[videoId]/share - turn on the video's public page (idempotent)
export const POST = withTeam(
  // sharedById: the member who turned it on (null when an API key did).
  async ({ team, params, principal }) => enableShare(team.id, params.videoId, principal.kind === "session" ? principal.user.id : null),
  { auth: "any", team: "param", permission: "content.write", params },
);

// DELETE /api/teams/[team]/videos/[videoId]/share - turn it off; the link answers 404 from then on
export const DELETE = withTeam(async ({ team, params }) => revokeShare(team.id, params.videoId), {
  auth: "any",
  team: "param",
  permission: "content.write",
  params,
});
