import { created } from "@/lib/api/reply";
import { withTeam } from "@/lib/api/with-team";
import { addEndpoint } from "@/lib/webhooks/endpoints";
import { webhooksOverview } from "@/lib/webhooks/webhooks-overview";
import { createEndpointBody } from "@/lib/webhooks/schemas";

// GET /api/teams/[team]/webhooks - the team's endpoints (no secrets) with their latest delivery, and the callback_url's
export const GET = withTeam(async ({ team }) => webhooksOverview(team.id), { auth: "session", team: "param" });

// POST /api/teams/[team]/webhooks - add an endpoint (after its OPTIONS check); the secret is in this answer only
export const POST = withTeam(async ({ team, body }) => created({ endpoint: await addEndpoint(team.id, body) }), {
  auth: "session",
  team: "param",
  permission: "webhooks.manage",
  body: createEndpointBody,
});
