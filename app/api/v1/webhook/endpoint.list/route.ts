import { withTeam } from "@/lib/api/with-team";
import { listEndpoints } from "@/lib/webhooks/endpoints";
import { otherMethods } from "@/lib/api/api-fallback";

// GET /v1/webhook/endpoint.list - the team's webhook endpoints (secrets are not shown again)
export const GET = withTeam(async ({ team }) => listEndpoints(team.id), {
  auth: "any",
  team: "principal",
  permission: "webhooks.manage",
  envelope: "v1",
});

export const { POST, PUT, PATCH, DELETE } = otherMethods("v1", ["GET"]);
