import type { listMembers } from "@/lib/teams/members";
import type { createInvite, listInvites } from "@/lib/teams/invites";
import type { Role } from "@/lib/auth/roles";
import { api } from "@/components/lib/api-client";

// Shapes come from the lib functions behind the routes, so the two cannot drift apart.
export type Member = Awaited<ReturnType<typeof listMembers>>[number];
export type InviteRow = Awaited<ReturnType<typeof listInvites>>[number];
export type CreatedInvite = Awaited<ReturnType<typeof createInvite>>;

export const memberKeys = {
  all: (team: string) => ["teams", team, "members"] as const,
};
export const inviteKeys = {
  all: (team: string) => ["teams", team, "invites"] as const,
};

export async function fetchMembers(team: string): Promise<Member[]> {
  return (await api<{ members: Member[] }>(`/api/teams/${team}/members`)).members;
}

export async function changeMemberRole(team: string, memberId: string, role: Role): Promise<void> {
  await api(`/api/teams/${team}/members/${memberId}`, { method: "PATCH", body: { role } });
}

export async function removeMember(team: string, memberId: string): Promise<void> {
  await api(`/api/teams/${team}/members/${memberId}`, { method: "DELETE" });
}

export async function transferOwnership(team: string, memberId: string): Promise<void> {
  await api(`/api/teams/${team}/transfer`, { method: "POST", body: { member_id: memberId } });
}

export async function leaveTeam(team: string): Promise<void> {
  await api(`/api/teams/${team}/leave`, { method: "POST" });
}

export async function fetchInvites(team: string): Promise<InviteRow[]> {
  return (await api<{ invites: InviteRow[] }>(`/api/teams/${team}/invites`)).invites;
}

export async function createTeamInvite(team: string, input: { email: string; role: Role }): Promise<CreatedInvite> {
  return (await api<{ invite: CreatedInvite }>(`/api/teams/${team}/invites`, { method: "POST", body: input })).invite;
}

export async function revokeInvite(team: string, inviteId: string): Promise<void> {
  await api(`/api/teams/${team}/invites/${inviteId}`, { method: "DELETE" });
}
