import { withTeam } from "@/lib/api/with-team";
import { deleteEndpoint } from "@/lib/webhooks/endpoints";
import { endpointIdQuery } from "@/lib/webhooks/schemas";
import { otherMethods } from "@/lib/api/api-fallback";

// DELETE /v1/webhook/endpoint.delete?endpoint_id= - remove an endpoint; nothing more is sent to it
export const DELETE = withTeam(async ({ team, query }) => deleteEndpoint(team.id, query.endpoint_id), {
  auth: "any",
  team: "principal",
  permission: "webhooks.manage",
  query: endpointIdQuery,
  envelope: "v1",
});

export const { GET, POST, PUT, PATCH } = otherMethods("v1", ["DELETE"]);
