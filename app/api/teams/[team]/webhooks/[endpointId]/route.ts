import { z } from "zod";
import { withTeam } from "@/lib/api/with-team";
import { deleteEndpoint, setEndpointEnabled, updateEndpoint } from "@/lib/webhooks/endpoints";
import { editEndpointBody } from "@/lib/webhooks/schemas";

const params = z.object({ endpointId: z.string() });

// PATCH /api/teams/[team]/webhooks/[endpointId] - change the URL or events, enable or disable
export const PATCH = withTeam(
  async ({ team, params, body, principal: { user } }) => {
    let endpoint = await updateEndpoint(team.id, { endpoint_id: params.endpointId, url: body.url, events: body.events });
    if (body.enabled !== undefined) {
      // The reason names who switched it off, so the rest of the team knows whom to ask.
      const reason = `Disabled by ${user.name || user.email} on ${new Date().toISOString().slice(0, 10)}.`;
      endpoint = await setEndpointEnabled(team.id, params.endpointId, body.enabled, reason);
    }
    return { endpoint };
  },
  { auth: "session", team: "param", permission: "webhooks.manage", params, body: editEndpointBody },
);

// DELETE /api/teams/[team]/webhooks/[endpointId] - delete an endpoint and its delivery log
export const DELETE = withTeam(async ({ team, params }) => deleteEndpoint(team.id, params.endpointId), {
  auth: "session",
  team: "param",
  permission: "webhooks.manage",
  params,
});
