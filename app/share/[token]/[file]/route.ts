import { z } from "zod";
import { withPublic } from "@/lib/api/with-public";
import { NotFound } from "@/lib/errors";
import { serveStoredFile } from "@/lib/storage/serve-file";
import { sharedFileKey } from "@/lib/videos/share";

const params = z.object({ token: z.string(), file: z.string() });

// Looked up again on every request (players ask for many byte ranges): 404 as soon as sharing is off, and
// never kept by a browser or proxy.
async function serve(req: Request, token: string, file: string): Promise<Response> {
  const key = await sharedFileKey(token, file);
  if (!key) throw new NotFound("The file");
  return serveStoredFile(req, key, "no-store, no-transform");
}

// GET /share/[token]/[file] - a shared video's MP4, thumbnail or captions (public while sharing is on)
export const GET = withPublic(async ({ req, params }) => serve(req, params.token, params.file), { params });

// HEAD /share/[token]/[file] - the same headers, no body
export const HEAD = withPublic(async ({ req, params }) => serve(req, params.token, params.file), { params });
