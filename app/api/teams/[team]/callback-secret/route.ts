import { withTeam } from "@/lib/api/with-team";
import { teamCallbackSecret } from "@/lib/webhooks/callback-secret";

// GET /api/teams/[team]/callback-secret - the secret that signs callback_url deliveries (owners and admins)
export const GET = withTeam(async ({ team }) => ({ secret: await teamCallbackSecret(team.id) }), {
  auth: "session",
  team: "param",
  permission: "webhooks.manage",
});
