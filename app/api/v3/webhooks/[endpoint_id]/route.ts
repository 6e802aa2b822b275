import { otherMethods } from "@/lib/api/api-fallback";

// DELETE /v3/webhooks/{endpoint_id} - HeyGen's skill-doc spelling of DELETE /v3/webhooks/endpoints/{endpoint_id}: the same handler
export { DELETE } from "@/app/api/v3/webhooks/endpoints/[endpoint_id]/route";

export const { GET, POST, PUT, PATCH } = otherMethods("v3", ["DELETE"]);
