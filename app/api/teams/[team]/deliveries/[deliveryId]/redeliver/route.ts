import { withTeam } from "@/lib/api/with-team";
import { redeliver } from "@/lib/webhooks/deliveries";

// POST /api/teams/[team]/deliveries/[deliveryId]/redeliver - send a delivery again now, same event id and body
export const POST = withTeam<undefined, Record<string, string>, { team: string; deliveryId: string }>(
  async ({ team, params }) => ({ delivery: await redeliver(team.id, params.deliveryId) }),
  { auth: "session", team: "param", permission: "webhooks.manage" },
);
