import { z } from "zod";
import { withTeam } from "@/lib/api/with-team";
import { listVideoDeliveries } from "@/lib/webhooks/deliveries";

const params = z.object({ videoId: z.string() });

// GET /api/teams/[team]/videos/[videoId]/deliveries - the webhook deliveries of a video's events (callback_url and endpoints)
export const GET = withTeam(async ({ team, params }) => ({ deliveries: await listVideoDeliveries(team.id, params.videoId) }), {
  auth: "session",
  team: "param",
  params,
});
