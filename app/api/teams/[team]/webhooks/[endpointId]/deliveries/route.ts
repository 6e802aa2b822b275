import { withTeam } from "@/lib/api/with-team";
import { listEndpointDeliveries } from "@/lib/webhooks/deliveries";
import { deliveryPageQuery, type DeliveryPageQuery } from "@/lib/webhooks/schemas";

// GET /api/teams/[team]/webhooks/[endpointId]/deliveries - an endpoint's deliveries ("callback": the callback_url's), newest first
export const GET = withTeam<undefined, DeliveryPageQuery, { team: string; endpointId: string }>(
  async ({ team, params, query }) => listEndpointDeliveries(team.id, params.endpointId, query),
  { auth: "session", team: "param", query: deliveryPageQuery },
);
