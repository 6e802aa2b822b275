import { withTeam } from "@/lib/api/with-team";
import { otherMethods } from "@/lib/api/api-fallback";
import { v3Deleted } from "@/lib/api/v3-deleted";
import { deleteEndpoint } from "@/lib/webhooks/endpoints";
import { updateV3Endpoint } from "@/lib/webhooks/v3-endpoints";
import { v3EndpointParams as params, v3UpdateEndpointBody } from "@/lib/webhooks/v3-schemas";

// PATCH /v3/webhooks/endpoints/{endpoint_id} - body {url?, events?}; events replaces the list; answers the endpoint
export const PATCH = withTeam(async ({ team, params, body }) => updateV3Endpoint(team.id, params.endpoint_id, body), {
  auth: "any",
  team: "principal",
  permission: "webhooks.manage",
  params,
  body: v3UpdateEndpointBody,
  envelope: "v3",
});

// DELETE /v3/webhooks/endpoints/{endpoint_id} - remove an endpoint; answers {data: {}, error: null}
export const DELETE = withTeam(
  async ({ team, params }) => {
    await deleteEndpoint(team.id, params.endpoint_id);
    return v3Deleted();
  },
  { auth: "any", team: "principal", permission: "webhooks.manage", params, envelope: "v3" },
);

export const { GET, POST, PUT } = otherMethods("v3", ["PATCH", "DELETE"]);
