import { z } from "zod";
import { created } from "@/lib/api/reply";
import { withTeam } from "@/lib/api/with-team";
import { sendTestEvent } from "@/lib/webhooks/deliveries";
import { testEventBody } from "@/lib/webhooks/schemas";

const params = z.object({ endpointId: z.string() });

// POST /api/teams/[team]/webhooks/[endpointId]/test - send an example event, signed and retried like a real one
export const POST = withTeam(
  async ({ team, params, body }) => created({ delivery: await sendTestEvent(team.id, params.endpointId, body.type) }),
  { auth: "session", team: "param", permission: "webhooks.manage", params, body: testEventBody },
);
