import { withPublic } from "@/lib/api/with-public";
import { checkHealth } from "@/lib/health";

// GET /api/health - liveness and database reachability, no auth
export const GET = withPublic(async () => {
  const health = await checkHealth();
  return Response.json(health.body, { status: health.ok ? 200 : 503, headers: { "Cache-Control": "no-store" } });
});
