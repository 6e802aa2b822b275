import { z } from "zod";
import { withTeam } from "@/lib/api/with-team";
import { listDeliveryAttempts } from "@/lib/webhooks/deliveries";

const params = z.object({ deliveryId: z.string() });

// GET /api/teams/[team]/deliveries/[deliveryId]/attempts - one delivery's attempts, first to last
export const GET = withTeam(async ({ team, params }) => ({ attempts: await listDeliveryAttempts(team.id, params.deliveryId) }), {
  auth: "session",
  team: "param",
  params,
});
