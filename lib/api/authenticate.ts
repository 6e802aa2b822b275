import "server-only";
import { after } from "next/server";
import { Unauthorized } from "@/lib/errors";
import { currentUser } from "@/lib/auth/current-user";
import type { ApiKeyPrincipal, SessionPrincipal } from "@/lib/auth/principal";
import { findApiKey, touchApiKey } from "@/lib/keys/api-keys";

export type AuthMode = "session" | "apiKey" | "any";

// The principal a route gets for its auth mode, so handlers never re-check its kind.
export type PrincipalOf<A extends AuthMode> = A extends "session"
  ? SessionPrincipal
  : A extends "apiKey"
    ? ApiKeyPrincipal
    : SessionPrincipal | ApiKeyPrincipal;

async function byKey(req: Request): Promise<ApiKeyPrincipal | null> {
  const bearer = req.headers.get("authorization")?.match(/^Bearer\s+(.+)$/i)?.[1];
  const secret = (req.headers.get("x-api-key") ?? bearer)?.trim();
  if (!secret) return null;
  const key = await findApiKey(secret);
  if (!key) throw new Unauthorized("The API key is invalid or was revoked.");
  after(() => touchApiKey(key).catch((e) => console.error("[api-key] lastUsedAt update failed", e)));
  return { kind: "apiKey", keyId: key.id };
}

// An API key wins over a session cookie when both are sent (auth "any").
export async function authenticate<A extends AuthMode>(req: Request, mode: A): Promise<PrincipalOf<A>> {
  if (mode !== "session") {
    const key = await byKey(req);
    if (key) return key as PrincipalOf<A>;
    if (mode === "apiKey") throw new Unauthorized("Send your API key in the X-Api-Key header.");
  }
  const user = await currentUser();
  if (!user) throw new Unauthorized(mode === "session" ? "Log in to continue." : "Send your API key in the X-Api-Key header, or log in.");
  return { kind: "session", user } as PrincipalOf<A>;
}

/** Whom a rate limit counts: the key or the user. */
export const principalKey = (principal: SessionPrincipal | ApiKeyPrincipal) =>
  principal.kind === "apiKey" ? `key:${principal.keyId}` : `user:${principal.user.id}`;
