"use server";

import { signOut } from "@/lib/auth/auth";
import { safeNext } from "@/components/auth/safe-next";

// Ends the session, then (with `next`) comes back to `next` after the next login.
export async function logout(redirectTo?: string): Promise<void> {
  const next = safeNext(redirectTo);
  await signOut({ redirectTo: next ? `/login?next=${encodeURIComponent(next)}` : "/login" });
}
