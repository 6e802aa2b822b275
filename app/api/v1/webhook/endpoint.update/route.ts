import { withTeam } from "@/lib/api/with-team";
import { updateEndpoint } from "@/lib/webhooks/endpoints";
import { updateEndpointBody } from "@/lib/webhooks/schemas";
import { otherMethods } from "@/lib/api/api-fallback";

// PATCH /v1/webhook/endpoint.update - body {endpoint_id, url?, events?, status?}; answers the endpoint
export const PATCH = withTeam(async ({ team, body }) => updateEndpoint(team.id, body), {
  auth: "any",
  team: "principal",
  permission: "webhooks.manage",
  body: updateEndpointBody,
  envelope: "v1",
});

export const { GET, POST, PUT, DELETE } = otherMethods("v1", ["PATCH"]);
