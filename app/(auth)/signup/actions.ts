"use server";

import { headers } from "next/headers";
import { signIn } from "@/lib/auth/auth";
import { signUp, signupSchema } from "@/lib/users/accounts";
import { DomainError } from "@/lib/errors";
import { hit, limitOf } from "@/lib/limits/rate-limit";
import { clientIp } from "@/lib/http/client-ip";
import { authErrorCode } from "@/components/auth/auth-error";
import { safeNext } from "@/components/auth/safe-next";
import type { SignupState } from "@/components/auth/signup-form";
import { redirect } from "next/navigation";

type FieldName = keyof SignupState["fieldErrors"];

const fieldMessages: Record<FieldName, string> = {
  name: "Enter your name (up to 100 characters).",
  email: "Enter a valid email address.",
  password: "Use at least 8 and at most 200 characters.",
};

function isField(value: unknown): value is FieldName {
  return value === "name" || value === "email" || value === "password";
}

export async function signup(_previous: SignupState, formData: FormData): Promise<SignupState> {
  const values = { name: String(formData.get("name") ?? ""), email: String(formData.get("email") ?? "") };
  const invite = String(formData.get("invite") ?? "") || undefined;
  const parsed = signupSchema.safeParse({ ...values, password: String(formData.get("password") ?? ""), invite });
  if (!parsed.success) {
    const fieldErrors: SignupState["fieldErrors"] = {};
    for (const issue of parsed.error.issues) {
      const field = issue.path[0];
      if (isField(field)) fieldErrors[field] ??= fieldMessages[field];
    }
    return { error: Object.keys(fieldErrors).length ? null : "Check the form and try again.", fieldErrors, values };
  }

  const limit = await hit(`signup:ip:${clientIp(await headers())}`, limitOf("signupPerIp"));
  if (!limit.ok) {
    const minutes = Math.ceil(limit.retryAfter / 60);
    return {
      error: `Too many sign-ups from your network. Try again in ${minutes} minute${minutes === 1 ? "" : "s"}.`,
      fieldErrors: {},
      values,
    };
  }

  let teamSlug: string;
  try {
    ({ teamSlug } = await signUp(parsed.data));
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
    const fieldErrors: SignupState["fieldErrors"] = {};
    for (const { path, message } of error.details) {
      if (isField(path)) fieldErrors[path] ??= message.charAt(0).toUpperCase() + message.slice(1) + ".";
    }
    if (Object.keys(fieldErrors).length) return { error: null, fieldErrors, values };
    return { error: error.message, fieldErrors: {}, values };
  }

  const next = safeNext(formData.get("next"));
  try {
    await signIn("credentials", { email: parsed.data.email, password: parsed.data.password, redirectTo: next ?? `/${teamSlug}/projects` });
  } catch (error) {
    // The account exists; if logging in right away fails (rate limit), the login page explains.
    if (authErrorCode(error)) redirect("/login");
    throw error;
  }
  return { error: null, fieldErrors: {}, values };
}
