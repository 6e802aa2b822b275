import { withTeam, created } from "@/lib/api/with-team";
import { createApiKey, listApiKeys } from "@/lib/keys/api-keys";
import { apiKeySchema } from "@/lib/teams/schemas";
import { userId } from "@/lib/api/principal";

// GET /api/teams/[team]/keys - API keys (never their secrets)
export const GET = withTeam(async ({ team }) => ({ keys: await listApiKeys(team.id) }), {
  auth: "session",
  team: "param",
  permission: "keys.manage",
});

// POST /api/teams/[team]/keys - create a key; the secret is in this answer only
export const POST = withTeam(
  async ({ team, principal, body }) => created({ key: await createApiKey(team.id, { name: body.name, createdById: userId(principal) }) }),
  { auth: "session", team: "param", permission: "keys.manage", body: apiKeySchema },
);
