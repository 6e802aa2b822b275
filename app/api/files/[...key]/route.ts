import { withPublic } from "@/lib/api/with-public";
import { serveFile } from "@/lib/storage/serve-file";

// GET /api/files/<key>?exp=&sig= - a stored file through a signed link (the signature is the auth; file
// players fire many range requests, so no per-request rate-limit row is written)
export const GET = withPublic(async ({ req }) => serveFile(req));

// HEAD /api/files/<key>?exp=&sig= - the same headers, no body
export const HEAD = withPublic(async ({ req }) => serveFile(req));
