import { withTeam } from "@/lib/api/with-team";
import { listDeliveryAttempts } from "@/lib/webhooks/deliveries";

// GET /api/teams/[team]/deliveries/[deliveryId]/attempts - one delivery's attempts, first to last
export const GET = withTeam<undefined, Record<string, string>, { team: string; deliveryId: string }>(
  async ({ team, params }) => ({ attempts: await listDeliveryAttempts(team.id, params.deliveryId) }),
  { auth: "session", team: "param" },
);
