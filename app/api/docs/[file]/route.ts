import { readFile } from "node:fs/promises";
import path from "node:path";
import { z } from "zod";
import { withPublic } from "@/lib/api/with-public";
import { NotFound } from "@/lib/errors";

// Swagger UI's browser bundle, served from the swagger-ui-dist npm package (no CDN).
const files: Record<string, string> = {
  "swagger-ui-bundle.js": "text/javascript; charset=utf-8",
  "swagger-ui.css": "text/css; charset=utf-8",
};

const params = z.object({ file: z.string() });

// GET /api/docs/[file] - the API reference page's script and stylesheet (public, no auth)
export const GET = withPublic(
  async ({ params }) => {
    // Own keys only: /api/docs/constructor is a missing file, not Object.prototype.constructor.
    const type = Object.hasOwn(files, params.file) ? files[params.file] : undefined;
    if (!type) throw new NotFound("The file");
    const body = await readFile(path.join(process.cwd(), "node_modules", "swagger-ui-dist", params.file));
    return new Response(new Uint8Array(body), { headers: { "Content-Type": type, "Cache-Control": "public, max-age=86400" } });
  },
  { params },
);
