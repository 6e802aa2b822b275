import { z } from "zod";
import { withPublic } from "@/lib/api/with-public";
import { env } from "@/lib/env";
import { openApiDocument } from "@/lib/openapi/document";
import { apiVersionQuery } from "@/lib/openapi/versions";

const query = z.object({ version: apiVersionQuery.optional() });

// GET /api/openapi.json?version= - the OpenAPI 3.1 document of the HeyGen-compatible API, all of it or one version's paths (public, no auth)
export const GET = withPublic(
  async ({ query }) =>
    Response.json(openApiDocument(env().appUrl, query.version ?? "all"), { headers: { "Cache-Control": "public, max-age=300" } }),
  { query },
);
