import { z } from "zod";
import { withTeam } from "@/lib/api/with-team";
import { redeliver } from "@/lib/webhooks/deliveries";

const params = z.object({ deliveryId: z.string() });

// POST /api/teams/[team]/deliveries/[deliveryId]/redeliver - send a delivery again now, same event id and body
export const POST = withTeam(async ({ team, params }) => ({ delivery: await redeliver(team.id, params.deliveryId) }), {
  auth: "session",
  team: "param",
  permission: "webhooks.manage",
  params,
});
