import { withTeam, created } from "@/lib/api/with-team";
import { db } from "@/lib/db";
import { createTeam, listTeamsForUser } from "@/lib/teams/teams";
import { teamNameSchema } from "@/lib/teams/schemas";

// GET /api/teams - the signed-in user's teams
export const GET = withTeam(
  async ({ principal }) => ({ teams: principal.kind === "session" ? await listTeamsForUser(principal.user.id) : [] }),
  { auth: "session", team: "none" },
);

// POST /api/teams - create a team owned by the signed-in user
export const POST = withTeam(
  async ({ principal, body }) => {
    if (principal.kind !== "session") return null;
    const team = await db().$transaction((tx) => createTeam(tx, { name: body.name, ownerId: principal.user.id }));
    return created({ team });
  },
  { auth: "session", team: "none", body: teamNameSchema },
);
