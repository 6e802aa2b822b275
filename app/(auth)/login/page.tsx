import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { currentUser } from "@/lib/auth/current-user";
import { env } from "@/lib/env";
import { AuthCard, TextLink } from "@/components/auth/auth-card";
import { LoginForm } from "@/components/auth/login-form";
import { authMessages } from "@/components/auth/auth-error";
import { firstParam, safeNext } from "@/components/auth/safe-next";
import { Alert } from "@/components/ui/alert";
import { login } from "@/app/(auth)/login/actions";

export const metadata: Metadata = { title: "Log in" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function LoginPage({ searchParams }: { searchParams: SearchParams }) {
  const params = await searchParams;
  const { appUrl, signup } = env();
  const next = safeNext(firstParam(params.next) ?? firstParam(params.callbackUrl), appUrl);
  if (await currentUser()) redirect(next ?? "/");

  // Auth.js's own redirects (a form post without JavaScript) land here with ?error=&code=.
  const code = firstParam(params.code);
  const initialError = firstParam(params.error)
    ? code === "rate_limited"
      ? authMessages.rate_limited
      : firstParam(params.error) === "CredentialsSignin"
        ? authMessages.credentials
        : authMessages.other
    : null;
  const notice = firstParam(params.reset) === "1" ? "Your password was changed. Log in with your new password." : null;
  const signupHref = next ? `/signup?next=${encodeURIComponent(next)}` : "/signup";

  return (
    <AuthCard
      title="Log in to Avatar Studio"
      description="Welcome back. Enter your email and password."
      footer={
        signup === "closed" ? (
          <>Accounts on this server are created by its operator.</>
        ) : signup === "invite" ? (
          <>New here? Open the invite link a team admin sent you.</>
        ) : (
          <>
            New to Avatar Studio? <TextLink href={signupHref}>Create an account</TextLink>
          </>
        )
      }
    >
      {notice ? (
        <Alert variant="success" className="mb-4">
          {notice}
        </Alert>
      ) : null}
      <LoginForm action={login} next={next} initialError={initialError} />
    </AuthCard>
  );
}
