import type { SessionUser } from "@/lib/auth/session-user";

// Who a request acts as, once authenticated: a signed-in user or a team's API key.
export type SessionPrincipal = { kind: "session"; user: SessionUser };
export type ApiKeyPrincipal = { kind: "apiKey"; keyId: string };
