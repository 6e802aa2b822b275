import { z } from "zod";
import { withTeam } from "@/lib/api/with-team";
import { revokeApiKey } from "@/lib/keys/api-keys";

const params = z.object({ keyId: z.string() });

// DELETE /api/teams/[team]/keys/[keyId] - revoke a key, effective on its next request
export const DELETE = withTeam(
  async ({ team, params }) => {
    await revokeApiKey(team.id, params.keyId);
    return { id: params.keyId };
  },
  { auth: "session", team: "param", permission: "keys.manage", params },
);
