import { withTeam } from "@/lib/api/with-team";
import { rotateCallbackSecret } from "@/lib/webhooks/callback-secret";

// POST /api/teams/[team]/callback-secret/rotate - replace the callback secret; later deliveries, retries included, use the new one
export const POST = withTeam(async ({ team }) => ({ secret: await rotateCallbackSecret(team.id) }), {
  auth: "session",
  team: "param",
  permission: "webhooks.manage",
});
