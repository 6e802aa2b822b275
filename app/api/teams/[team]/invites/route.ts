import { created } from "@/lib/api/reply";
import { withTeam } from "@/lib/api/with-team";
import { createInvite, listInvites } from "@/lib/teams/invites";
import { inviteSchema } from "@/lib/teams/schemas";

// GET /api/teams/[team]/invites - invites with their status
export const GET = withTeam(async ({ team }) => ({ invites: await listInvites(team.id) }), {
  auth: "session",
  team: "param",
  permission: "members.manage",
});

// POST /api/teams/[team]/invites - invite by email or as an open link; the link is shown once
export const POST = withTeam(
  async ({ team, role, principal, body }) =>
    created({ invite: await createInvite(team.id, { userId: principal.user.id, role }, { email: body.email, role: body.role }) }),
  { auth: "session", team: "param", permission: "members.manage", body: inviteSchema },
);
