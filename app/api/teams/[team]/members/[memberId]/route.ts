import { z } from "zod";
import { withTeam } from "@/lib/api/with-team";
import { changeRole, removeMember } from "@/lib/teams/members";
import { roleSchema } from "@/lib/teams/schemas";

const params = z.object({ memberId: z.string() });

// PATCH /api/teams/[team]/members/[memberId] - change a member's role
export const PATCH = withTeam(
  async ({ team, role, principal, params, body }) => {
    await changeRole(team.id, { userId: principal.user.id, role }, params.memberId, body.role);
    return { id: params.memberId, role: body.role };
  },
  { auth: "session", team: "param", permission: "members.manage", params, body: roleSchema },
);

// DELETE /api/teams/[team]/members/[memberId] - remove a member
export const DELETE = withTeam(
  async ({ team, role, principal, params }) => {
    await removeMember(team.id, { userId: principal.user.id, role }, params.memberId);
    return { id: params.memberId };
  },
  { auth: "session", team: "param", permission: "members.manage", params },
);
