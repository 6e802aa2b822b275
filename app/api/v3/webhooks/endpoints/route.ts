import { withTeam } from "@/lib/api/with-team";
import { otherMethods } from "@/lib/api/api-fallback";
import { v3Page } from "@/lib/api/v3-page";
import { createV3Endpoint, listV3Endpoints } from "@/lib/webhooks/v3-endpoints";
import { v3CreateEndpointBody, v3EndpointsQuery } from "@/lib/webhooks/v3-schemas";

// POST /v3/webhooks/endpoints - body {url, events, entity_id}; checks the URL with OPTIONS; answers the endpoint and its secret (once)
export const POST = withTeam(async ({ team, body }) => createV3Endpoint(team.id, body), {
  auth: "any",
  team: "principal",
  permission: "webhooks.manage",
  body: v3CreateEndpointBody,
  envelope: "v3",
});

// GET /v3/webhooks/endpoints?limit=&token= - the team's endpoints, oldest first (secrets null)
export const GET = withTeam(async ({ team, query }) => v3Page(await listV3Endpoints(team.id), query), {
  auth: "any",
  team: "principal",
  permission: "webhooks.manage",
  query: v3EndpointsQuery,
  envelope: "v3",
});

export const { PUT, PATCH, DELETE } = otherMethods("v3", ["GET", "POST"]);
