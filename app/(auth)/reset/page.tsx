import type { Metadata } from "next";
import { connection } from "next/server";
import { env } from "@/lib/env";
import { AuthCard, TextLink } from "@/components/auth/auth-card";
import { ResetRequestForm } from "@/components/auth/reset-request-form";

export const metadata: Metadata = { title: "Reset your password" };

export default async function ResetPage() {
  await connection(); // whether mail is configured is known at run time, not at build time
  const mailConfigured = !!env().smtpUrl;
  return (
    <AuthCard
      title="Reset your password"
      description="Enter the email of your account. We will prepare a one-time link to choose a new password."
      footer={
        <>
          Remembered it? <TextLink href="/login">Log in</TextLink>
        </>
      }
    >
      <ResetRequestForm mailConfigured={mailConfigured} />
    </AuthCard>
  );
}
