import { withTeam } from "@/lib/api/with-team";
import { checkHealth } from "@/lib/health";

// GET /api/health - liveness and database reachability, no auth
export const GET = withTeam(
  async () => {
    const health = await checkHealth();
    return Response.json(health.body, { status: health.ok ? 200 : 503, headers: { "Cache-Control": "no-store" } });
  },
  { auth: "none", rateLimit: false },
);
