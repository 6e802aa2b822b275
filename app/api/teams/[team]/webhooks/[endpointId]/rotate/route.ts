import { withTeam } from "@/lib/api/with-team";
import { rotateEndpointSecret } from "@/lib/webhooks/endpoints";

// POST /api/teams/[team]/webhooks/[endpointId]/rotate - a new signing secret, in this answer only
export const POST = withTeam<undefined, Record<string, string>, { team: string; endpointId: string }>(
  async ({ team, params }) => ({ endpoint: await rotateEndpointSecret(team.id, params.endpointId) }),
  { auth: "session", team: "param", permission: "webhooks.manage" },
);
