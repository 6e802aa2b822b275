import type { Metadata } from "next";
import { roleCan } from "@/lib/auth/roles";
import { listMembers } from "@/lib/teams/members";
import { listInvites } from "@/lib/teams/invites";
import { MembersPanel } from "@/components/members/members-panel";
import { loadTeamContext, type TeamParams } from "@/app/(dashboard)/[team]/team-context";

export const metadata: Metadata = { title: "Members" };

export default async function MembersPage({ params }: TeamParams) {
  const { user, team } = await loadTeamContext((await params).team);
  const canManage = roleCan(team.role, "members.manage");
  const [members, invites] = await Promise.all([listMembers(team.id), canManage ? listInvites(team.id) : Promise.resolve(null)]);
  return <MembersPanel team={team.slug} teamName={team.name} myRole={team.role} myUserId={user.id} members={members} invites={invites} />;
}
