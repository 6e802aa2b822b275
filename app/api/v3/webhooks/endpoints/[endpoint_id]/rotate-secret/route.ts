import { withTeam } from "@/lib/api/with-team";
import { otherMethods } from "@/lib/api/api-fallback";
import { rotateV3EndpointSecret } from "@/lib/webhooks/v3-endpoints";
import { v3EndpointParams as params } from "@/lib/webhooks/v3-schemas";

// POST /v3/webhooks/endpoints/{endpoint_id}/rotate-secret - a new secret ({endpoint_id, secret}), the old one invalid at once; optional Idempotency-Key
export const POST = withTeam(async ({ team, params }) => rotateV3EndpointSecret(team.id, params.endpoint_id), {
  auth: "any",
  team: "principal",
  permission: "webhooks.manage",
  params,
  envelope: "v3",
  idempotent: true,
});

export const { GET, PUT, PATCH, DELETE } = otherMethods("v3", ["POST"]);
