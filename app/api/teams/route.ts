import { created } from "@/lib/api/reply";
import { withSession } from "@/lib/api/with-session";
import { db } from "@/lib/db";
import { createTeam, listTeamsForUser } from "@/lib/teams/teams";
import { teamNameSchema } from "@/lib/teams/schemas";

// GET /api/teams - the signed-in user's teams
export const GET = withSession(async ({ user }) => ({ teams: await listTeamsForUser(user.id) }));

// POST /api/teams - create a team owned by the signed-in user
export const POST = withSession(
  async ({ user, body }) => {
    const team = await db().$transaction((tx) => createTeam(tx, { name: body.name, ownerId: user.id }));
    return created({ team });
  },
  { body: teamNameSchema },
);
