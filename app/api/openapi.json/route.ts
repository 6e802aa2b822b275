import { withTeam } from "@/lib/api/with-team";
import { env } from "@/lib/env";
import { openApiDocument } from "@/lib/openapi/document";

// GET /api/openapi.json - the OpenAPI 3.1 document of the HeyGen-compatible API (public, no auth)
export const GET = withTeam(async () => Response.json(openApiDocument(env().appUrl), { headers: { "Cache-Control": "public, max-age=300" } }), {
  auth: "none",
  rateLimit: false,
});
