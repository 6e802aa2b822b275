import { withTeam } from "@/lib/api/with-team";
import { otherMethods } from "@/lib/api/api-fallback";
import { v3List } from "@/lib/api/v3-page";
import { listV3Events } from "@/lib/webhooks/v3-events";
import { v3EventsQuery as query } from "@/lib/webhooks/v3-schemas";

// GET /v3/webhooks/events?event_type=&entity_id=&limit=&token= - the team's recorded events, newest first
export const GET = withTeam(async ({ team, query }) => v3List(await listV3Events(team.id, query)), {
  auth: "any",
  team: "principal",
  permission: "webhooks.manage",
  query,
  envelope: "v3",
});

export const { POST, PUT, PATCH, DELETE } = otherMethods("v3", ["GET"]);
