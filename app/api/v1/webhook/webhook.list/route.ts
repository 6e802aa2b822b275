import { withTeam } from "@/lib/api/with-team";
import { webhookEventTypes } from "@/lib/webhooks/event-types";
import { otherMethods } from "@/lib/api/api-fallback";

// GET /v1/webhook/webhook.list - the event types we emit
export const GET = withTeam(async () => [...webhookEventTypes], { auth: "any", team: "principal", envelope: "v1" });

export const { POST, PUT, PATCH, DELETE } = otherMethods("v1", ["GET"]);
