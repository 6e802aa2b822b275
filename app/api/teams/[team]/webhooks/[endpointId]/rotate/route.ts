import { z } from "zod";
import { withTeam } from "@/lib/api/with-team";
import { rotateEndpointSecret } from "@/lib/webhooks/endpoints";

const params = z.object({ endpointId: z.string() });

// POST /api/teams/[team]/webhooks/[endpointId]/rotate - a new signing secret, in this answer only
export const POST = withTeam(async ({ team, params }) => ({ endpoint: await rotateEndpointSecret(team.id, params.endpointId) }), {
  auth: "session",
  team: "param",
  permission: "webhooks.manage",
  params,
});
