import { withTeam } from "@/lib/api/with-team";
import { addEndpoint } from "@/lib/webhooks/endpoints";
import { addEndpointBody } from "@/lib/webhooks/schemas";
import { otherMethods } from "@/lib/api/api-fallback";

// POST /v1/webhook/endpoint.add - body {url, events}; checks the URL with OPTIONS; answers the endpoint and its secret (once)
export const POST = withTeam(async ({ team, body }) => addEndpoint(team.id, body), {
  auth: "any",
  team: "principal",
  permission: "webhooks.manage",
  body: addEndpointBody,
  envelope: "v1",
});

export const { GET, PUT, PATCH, DELETE } = otherMethods("v1", ["POST"]);
