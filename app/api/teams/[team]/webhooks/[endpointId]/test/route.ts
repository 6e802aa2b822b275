import { created, withTeam } from "@/lib/api/with-team";
import { sendTestEvent } from "@/lib/webhooks/deliveries";
import { testEventBody, type TestEventBody } from "@/lib/webhooks/schemas";

// POST /api/teams/[team]/webhooks/[endpointId]/test - send an example event, signed and retried like a real one
export const POST = withTeam<TestEventBody, Record<string, string>, { team: string; endpointId: string }>(
  async ({ team, params, body }) => created({ delivery: await sendTestEvent(team.id, params.endpointId, body.type) }),
  { auth: "session", team: "param", permission: "webhooks.manage", body: testEventBody },
);
