import { withTeam } from "@/lib/api/with-team";
import { otherMethods } from "@/lib/api/api-fallback";
import { deleteEndpoint } from "@/lib/webhooks/endpoints";
import { endpointIdParams } from "@/lib/webhooks/schemas";

// DELETE /v1/webhook/endpoint.delete/{id} - the path form some clients send, beside ?endpoint_id=
export const DELETE = withTeam(async ({ team, params }) => deleteEndpoint(team.id, params.id), {
  auth: "any",
  team: "principal",
  permission: "webhooks.manage",
  params: endpointIdParams,
  envelope: "v1",
});

export const { GET, POST, PUT, PATCH } = otherMethods("v1", ["DELETE"]);
