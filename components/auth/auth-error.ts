// Auth.js throws its AuthError subclasses out of signIn() in a server action; Next's redirect is a
// different error that must be re-thrown. Recognised by shape, so Auth.js stays imported in lib/auth only.
export function authErrorCode(error: unknown): "credentials" | "rate_limited" | "other" | null {
  if (!(error instanceof Error)) return null;
  const { type, kind, code } = error as Error & { type?: unknown; kind?: unknown; code?: unknown };
  if (typeof type !== "string" || typeof kind !== "string") return null;
  if (type !== "CredentialsSignin") return "other";
  return code === "rate_limited" ? "rate_limited" : "credentials";
}

export const authMessages = {
  credentials: "That email and password do not match an account.",
  rate_limited: "Too many attempts. Wait 15 minutes, then try again.",
  other: "Logging in failed on the server. Try again, or ask the operator to check the server log.",
} as const;
