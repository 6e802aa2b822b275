import { withTeam } from "@/lib/api/with-team";
import { otherMethods } from "@/lib/api/api-fallback";
import { v3List } from "@/lib/api/v3-page";
import { describeV3EventTypes } from "@/lib/webhooks/v3-event-types";

// GET /v3/webhooks/event-types - HeyGen's event types, the ones we emit first, each saying whether we do
export const GET = withTeam(async () => v3List({ data: describeV3EventTypes(), next_token: null }), {
  auth: "any",
  team: "principal",
  envelope: "v3",
});

export const { POST, PUT, PATCH, DELETE } = otherMethods("v3", ["GET"]);
