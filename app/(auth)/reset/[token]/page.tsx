import type { Metadata } from "next";
import { isResetTokenUsable } from "@/lib/users/password-reset";
import { PASSWORD_MIN } from "@/lib/auth/password";
import { AuthCard } from "@/components/auth/auth-card";
import { NewPasswordForm } from "@/components/auth/new-password-form";
import { ButtonLink } from "@/components/ui/button";

export const metadata: Metadata = { title: "Choose a new password" };

export default async function ResetTokenPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  if (!(await isResetTokenUsable(token))) {
    return (
      <AuthCard title="This reset link is no longer valid" description="Reset links work once and expire after an hour.">
        <ButtonLink href="/reset" className="w-full">
          Ask for a new link
        </ButtonLink>
      </AuthCard>
    );
  }
  return (
    <AuthCard title="Choose a new password" description="You will be logged out everywhere else, then asked to log in with it.">
      <NewPasswordForm token={token} passwordMin={PASSWORD_MIN} />
    </AuthCard>
  );
}
