import { withTeam } from "@/lib/api/with-team";
import { changeRole, removeMember } from "@/lib/teams/members";
import { roleSchema } from "@/lib/teams/schemas";
import { userId } from "@/lib/api/principal";

type Params = { team: string; memberId: string };

// PATCH /api/teams/[team]/members/[memberId] - change a member's role
export const PATCH = withTeam<{ role: "owner" | "admin" | "member" }, Record<string, string>, Params>(
  async ({ team, role, principal, params, body }) => {
    await changeRole(team.id, { userId: userId(principal), role }, params.memberId, body.role);
    return { id: params.memberId, role: body.role };
  },
  { auth: "session", team: "param", permission: "members.manage", body: roleSchema },
);

// DELETE /api/teams/[team]/members/[memberId] - remove a member
export const DELETE = withTeam<undefined, Record<string, string>, Params>(
  async ({ team, role, principal, params }) => {
    await removeMember(team.id, { userId: userId(principal), role }, params.memberId);
    return { id: params.memberId };
  },
  { auth: "session", team: "param", permission: "members.manage" },
);
