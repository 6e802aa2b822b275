import { withTeam } from "@/lib/api/with-team";
import { Unauthorized } from "@/lib/errors";
import { deleteEndpoint, setEndpointEnabled, updateEndpoint } from "@/lib/webhooks/endpoints";
import { editEndpointBody, type EditEndpointBody } from "@/lib/webhooks/schemas";

type Params = { team: string; endpointId: string };

// PATCH /api/teams/[team]/webhooks/[endpointId] - change the URL or events, enable or disable
export const PATCH = withTeam<EditEndpointBody, Record<string, string>, Params>(
  async ({ team, params, body, principal }) => {
    if (principal.kind !== "session") throw new Unauthorized("Log in to continue.");
    let endpoint = await updateEndpoint(team.id, { endpoint_id: params.endpointId, url: body.url, events: body.events });
    if (body.enabled !== undefined) {
      // The reason names who switched it off, so the rest of the team knows whom to ask.
      const reason = `Disabled by ${principal.user.name || principal.user.email} on ${new Date().toISOString().slice(0, 10)}.`;
      endpoint = await setEndpointEnabled(team.id, params.endpointId, body.enabled, reason);
    }
    return { endpoint };
  },
  { auth: "session", team: "param", permission: "webhooks.manage", body: editEndpointBody },
);

// DELETE /api/teams/[team]/webhooks/[endpointId] - delete an endpoint and its delivery log
export const DELETE = withTeam<undefined, Record<string, string>, Params>(async ({ team, params }) => deleteEndpoint(team.id, params.endpointId), {
  auth: "session",
  team: "param",
  permission: "webhooks.manage",
});
