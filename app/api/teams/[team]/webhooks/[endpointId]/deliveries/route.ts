import { z } from "zod";
import { withTeam } from "@/lib/api/with-team";
import { listEndpointDeliveries } from "@/lib/webhooks/deliveries";
import { deliveryPageQuery } from "@/lib/webhooks/schemas";

const params = z.object({ endpointId: z.string() });

// GET /api/teams/[team]/webhooks/[endpointId]/deliveries - an endpoint's deliveries ("callback": the callback_url's), newest first
export const GET = withTeam(async ({ team, params, query }) => listEndpointDeliveries(team.id, params.endpointId, query), {
  auth: "session",
  team: "param",
  params,
  query: deliveryPageQuery,
});
