"use server";

import { signIn } from "@/lib/auth/auth";
import { authErrorCode, authMessages } from "@/components/auth/auth-error";
import { safeNext } from "@/components/auth/safe-next";
import type { LoginState } from "@/components/auth/login-form";

// The password is never echoed back: the state carries the email only.
export async function login(_previous: LoginState, formData: FormData): Promise<LoginState> {
  const email = String(formData.get("email") ?? "").trim();
  const password = String(formData.get("password") ?? "");
  const next = safeNext(formData.get("next"));
  if (!email || !password) return { error: "Enter your email and password.", email };
  try {
    await signIn("credentials", { email, password, redirectTo: next ?? "/" });
  } catch (error) {
    const code = authErrorCode(error);
    if (code) return { error: authMessages[code], email };
    throw error; // Next's redirect after a successful login
  }
  return { error: null, email };
}
