import { created } from "@/lib/api/reply";
import { withTeam } from "@/lib/api/with-team";
import { createApiKey, listApiKeys } from "@/lib/keys/api-keys";
import { apiKeySchema } from "@/lib/teams/schemas";

// GET /api/teams/[team]/keys - API keys (never their secrets)
export const GET = withTeam(async ({ team }) => ({ keys: await listApiKeys(team.id) }), {
  auth: "session",
  team: "param",
  permission: "keys.manage",
});

// POST /api/teams/[team]/keys - create a key; the secret is in this answer only
export const POST = withTeam(
  async ({ team, principal, body }) => created({ key: await createApiKey(team.id, { name: body.name, createdById: principal.user.id }) }),
  { auth: "session", team: "param", permission: "keys.manage", body: apiKeySchema },
);
