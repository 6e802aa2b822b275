import type { Role } from "@/lib/auth/roles";
import { roleCan } from "@/lib/auth/roles";
import { PageHeader } from "@/components/ui/page-header";
import { MembersTable } from "@/components/members/members-table";
import { InviteForm, InvitesTable } from "@/components/members/invites";
import { LeaveTeamButton } from "@/components/members/leave-team";
import type { InviteRow, Member } from "@/components/members/queries";

export function MembersPanel({
  team,
  teamName,
  myRole,
  myUserId,
  members,
  invites,
}: {
  team: string;
  teamName: string;
  myRole: Role;
  myUserId: string;
  members: Member[];
  invites: InviteRow[] | null;
}) {
  const canManage = roleCan(myRole, "members.manage");
  return (
    <>
      <PageHeader
        title="Members"
        description={
          canManage
            ? `Manage who has access to ${teamName} and what they can do.`
            : `The people in ${teamName}. Owners and admins manage members and invites.`
        }
        actions={<LeaveTeamButton team={team} teamName={teamName} />}
      />
      <div className="space-y-6">
        {canManage ? <InviteForm team={team} isOwner={roleCan(myRole, "owners.grant")} /> : null}
        <MembersTable team={team} teamName={teamName} myRole={myRole} myUserId={myUserId} initialMembers={members} />
        {canManage && invites ? <InvitesTable team={team} initialInvites={invites} /> : null}
      </div>
    </>
  );
}
