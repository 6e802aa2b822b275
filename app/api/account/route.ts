import { withTeam } from "@/lib/api/with-team";
import { updateName } from "@/lib/users/accounts";
import { accountSchema } from "@/lib/teams/schemas";
import { userId } from "@/lib/api/principal";
import { listTeamsForUser } from "@/lib/teams/teams";

// GET /api/account - the signed-in user and their teams
export const GET = withTeam(
  async ({ principal }) => {
    if (principal.kind !== "session") return null;
    const { id, email, name } = principal.user;
    return { user: { id, email, name }, teams: await listTeamsForUser(id) };
  },
  { auth: "session", team: "none" },
);

// PATCH /api/account - edit your name
export const PATCH = withTeam(
  async ({ principal, body }) => {
    await updateName(userId(principal), body.name);
    return { name: body.name };
  },
  { auth: "session", team: "none", body: accountSchema },
);
