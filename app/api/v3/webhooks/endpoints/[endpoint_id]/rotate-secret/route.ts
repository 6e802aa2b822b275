import { withTeam } from "@/lib/api/with-team";
import { otherMethods } from "@/lib/api/api-fallback";
import { rotateV3EndpointSecret } from "@/lib/webhooks/v3-endpoints";
import { v3EndpointParams as params, v3IdempotencyKey } from "@/lib/webhooks/v3-schemas";

// POST /v3/webhooks/endpoints/{endpoint_id}/rotate-secret - a new secret ({endpoint_id, secret}), the old one invalid at once; optional Idempotency-Key
export const POST = withTeam(
  async ({ team, params, req }) =>
    rotateV3EndpointSecret(team.id, params.endpoint_id, v3IdempotencyKey(req.headers.get("idempotency-key"))),
  { auth: "any", team: "principal", permission: "webhooks.manage", params, envelope: "v3" },
);

export const { GET, PUT, PATCH, DELETE } = otherMethods("v3", ["POST"]);
