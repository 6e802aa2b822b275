import { withTeam } from "@/lib/api/with-team";
import { listVideoDeliveries } from "@/lib/webhooks/deliveries";

// GET /api/teams/[team]/videos/[videoId]/deliveries - the webhook deliveries of a video's events (callback_url and endpoints)
export const GET = withTeam<undefined, Record<string, string>, { team: string; videoId: string }>(
  async ({ team, params }) => ({ deliveries: await listVideoDeliveries(team.id, params.videoId) }),
  { auth: "session", team: "param" },
);
