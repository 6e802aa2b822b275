import { withSession } from "@/lib/api/with-session";
import { updateName } from "@/lib/users/accounts";
import { accountSchema } from "@/lib/teams/schemas";
import { listTeamsForUser } from "@/lib/teams/teams";

// GET /api/account - the signed-in user and their teams
export const GET = withSession(async ({ user: { id, email, name } }) => ({ user: { id, email, name }, teams: await listTeamsForUser(id) }));

// PATCH /api/account - edit your name
export const PATCH = withSession(
  async ({ user, body }) => {
    await updateName(user.id, body.name);
    return { name: body.name };
  },
  { body: accountSchema },
);
