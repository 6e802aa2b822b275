import type { Metadata } from "next";
import { currentUser } from "@/lib/auth/current-user";
import { env } from "@/lib/env";
import { findUsableInvite } from "@/lib/teams/invites";
import { listTeamsForUser } from "@/lib/teams/teams";
import { roleLabels } from "@/lib/auth/roles";
import { AuthCard } from "@/components/auth/auth-card";
import { AcceptInvite } from "@/components/auth/accept-invite";
import { LogoutButton } from "@/components/auth/logout-button";
import { Alert } from "@/components/ui/alert";
import { Avatar } from "@/components/ui/avatar";
import { ButtonLink } from "@/components/ui/button";

export const metadata: Metadata = { title: "Team invite" };

export default async function InvitePage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const [invite, user] = await Promise.all([findUsableInvite(token), currentUser()]);
  const self = `/invite/${encodeURIComponent(token)}`;

  if (!invite) {
    return (
      <AuthCard
        title="This invite is no longer valid"
        description="The link has expired, was revoked, or was already used. Invites work once and last 7 days."
      >
        <p className="text-sm leading-6 text-zinc-600">Ask an owner or admin of the team for a new invite link.</p>
        <ButtonLink href={user ? "/" : "/login"} variant="secondary" className="mt-6 w-full">
          {user ? "Go to your studio" : "Log in"}
        </ButtonLink>
      </AuthCard>
    );
  }

  const role = roleLabels[invite.role].toLowerCase();
  const teamBadge = (
    <div className="mb-6 flex items-center gap-3 rounded-lg border border-zinc-200 bg-zinc-50 px-4 py-3">
      <Avatar name={invite.team.name} shape="square" />
      <div className="min-w-0">
        <p className="truncate text-sm font-medium text-zinc-900">{invite.team.name}</p>
        <p className="text-[13px] text-zinc-600">
          Role: <span className="font-medium text-zinc-800">{roleLabels[invite.role]}</span>
          {invite.email ? <> · for {invite.email}</> : null}
        </p>
      </div>
    </div>
  );

  if (!user) {
    const signupOpen = env().signup !== "closed";
    return (
      <AuthCard title={`Join ${invite.team.name}`} description={`You have been invited to join this team as ${role}.`}>
        {teamBadge}
        <div className="space-y-2.5">
          {signupOpen ? (
            <ButtonLink href={`/signup?invite=${encodeURIComponent(token)}`} className="w-full">
              Create an account to join
            </ButtonLink>
          ) : null}
          <ButtonLink href={`/login?next=${encodeURIComponent(self)}`} variant={signupOpen ? "secondary" : "primary"} className="w-full">
            I have an account: log in
          </ButtonLink>
        </div>
        <p className="mt-5 text-center text-xs leading-5 text-zinc-500">You come back to this page to accept.</p>
      </AuthCard>
    );
  }

  const teams = await listTeamsForUser(user.id);
  const alreadyMember = teams.some((t) => t.id === invite.team.id);
  const wrongEmail = invite.email !== null && invite.email !== user.email.toLowerCase();

  return (
    <AuthCard title={`Join ${invite.team.name}`} description={`You have been invited to join this team as ${role}.`}>
      {teamBadge}
      {alreadyMember ? (
        <>
          <Alert variant="info">You are already a member of {invite.team.name}.</Alert>
          <ButtonLink href={`/${invite.team.slug}/projects`} className="mt-5 w-full">
            Open {invite.team.name}
          </ButtonLink>
        </>
      ) : wrongEmail ? (
        <>
          <Alert variant="warning" title="This invite is for another address">
            It was sent to {invite.email}, and you are logged in as {user.email}. Log out, then log in or sign up with {invite.email}.
          </Alert>
          <LogoutButton next={self} className="mt-5 w-full" />
        </>
      ) : (
        <>
          <p className="mb-5 text-sm text-zinc-600">
            You are logged in as <span className="font-medium text-zinc-900">{user.email}</span>.
          </p>
          <AcceptInvite token={token} teamName={invite.team.name} />
        </>
      )}
    </AuthCard>
  );
}
