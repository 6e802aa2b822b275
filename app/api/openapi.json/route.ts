import { withPublic } from "@/lib/api/with-public";
import { env } from "@/lib/env";
import { openApiDocument } from "@/lib/openapi/document";

// GET /api/openapi.json - the OpenAPI 3.1 document of the HeyGen-compatible API (public, no auth)
export const GET = withPublic(async () =>
  Response.json(openApiDocument(env().appUrl), { headers: { "Cache-Control": "public, max-age=300" } }),
);
