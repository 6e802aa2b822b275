import { withTeam } from "@/lib/api/with-team";
import { serveFile } from "@/lib/storage/serve-file";

type Params = { key: string[] };

// GET /api/files/<key>?exp=&sig= - a stored file through a signed link (the signature is the auth; file
// players fire many range requests, so no per-request rate-limit row is written)
export const GET = withTeam<undefined, Record<string, string>, Params>(async ({ req }) => serveFile(req), { auth: "none", rateLimit: false });

// HEAD /api/files/<key>?exp=&sig= - the same headers, no body
export const HEAD = withTeam<undefined, Record<string, string>, Params>(async ({ req }) => serveFile(req), { auth: "none", rateLimit: false });
