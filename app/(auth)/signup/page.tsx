import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { currentUser } from "@/lib/auth/current-user";
import { env } from "@/lib/env";
import { findUsableInvite } from "@/lib/teams/invites";
import { PASSWORD_MIN } from "@/lib/auth/password";
import { roleLabels } from "@/lib/auth/roles";
import { AuthCard, TextLink } from "@/components/auth/auth-card";
import { SignupForm } from "@/components/auth/signup-form";
import { firstParam, safeNext } from "@/components/auth/safe-next";
import { Alert } from "@/components/ui/alert";
import { signup } from "@/app/(auth)/signup/actions";

export const metadata: Metadata = { title: "Create your account" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function SignupPage({ searchParams }: { searchParams: SearchParams }) {
  const params = await searchParams;
  const token = firstParam(params.invite)?.slice(0, 200) || null;
  const next = safeNext(firstParam(params.next));
  const mode = env().signup;

  if (await currentUser()) redirect(token ? `/invite/${encodeURIComponent(token)}` : (next ?? "/"));

  const invite = token ? await findUsableInvite(token) : null;
  const loginHref = token ? `/login?next=${encodeURIComponent(`/invite/${token}`)}` : "/login";
  const footer = (
    <>
      Already have an account? <TextLink href={loginHref}>Log in</TextLink>
    </>
  );

  if (mode === "closed") {
    return (
      <AuthCard title="Sign-up is closed" description="This server does not let people create their own accounts." footer={footer}>
        <p className="text-sm leading-6 text-zinc-600">
          Ask the operator of this server to create an account for you. They can do it with the command line tool that ships with Avatar
          Studio.
        </p>
      </AuthCard>
    );
  }

  if (mode === "invite" && !invite) {
    return (
      <AuthCard
        title={token ? "This invite is no longer valid" : "Sign-up is by invitation"}
        description={
          token ? "It has expired, was revoked, or was already used." : "On this server, new accounts are created from a team invite."
        }
        footer={footer}
      >
        <p className="text-sm leading-6 text-zinc-600">
          Ask an owner or admin of the team you want to join for a new invite link, then open it to create your account.
        </p>
      </AuthCard>
    );
  }

  return (
    <AuthCard
      title={invite ? `Join ${invite.team.name}` : "Create your account"}
      description={
        invite
          ? `You were invited as ${roleLabels[invite.role].toLowerCase()}. Create an account to accept.`
          : "Your own team is created with it. Invite others later."
      }
      footer={footer}
    >
      {token && !invite ? (
        <Alert variant="warning" className="mb-4" title="This invite is no longer valid">
          You can still create an account, and ask the team for a new link.
        </Alert>
      ) : null}
      <SignupForm
        action={signup}
        invite={invite ? token : null}
        lockedEmail={invite?.email ?? null}
        next={next}
        passwordMin={PASSWORD_MIN}
      />
      {invite ? null : (
        <p className="mt-5 text-center text-xs leading-5 text-zinc-500">
          Have an invite? Open its link instead, to join that team directly.
        </p>
      )}
    </AuthCard>
  );
}
