import "server-only";
import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { getSecret } from "@/lib/secrets";
import { env } from "@/lib/env";
import { clientIp } from "@/lib/http/client-ip";
import { verifyLogin } from "@/lib/auth/login";
import { db } from "@/lib/db";
import { randomUUID } from "node:crypto";
import { revokeSession } from "@/lib/auth/revoked-sessions";

const SESSION_SECONDS = 30 * 24 * 3600;

class RateLimitedSignin extends CredentialsSignin {
  code = "rate_limited";
}

// Every Auth.js import stays inside lib/auth. The config is built per request (lazily) so it can use
// the AUTH_SECRET kept in the database when none is set in the environment.
export const { handlers, auth, signIn, signOut, unstable_update } = NextAuth(async () => ({
  secret: await getSecret("AUTH_SECRET"),
  trustHost: true,
  session: { strategy: "jwt", maxAge: SESSION_SECONDS },
  useSecureCookies: env().appUrl.startsWith("https://"),
  pages: { signIn: "/login", error: "/login" },
  logger: {
    // Auth.js logs a stack for every wrong password; one line is enough and never carries the input.
    error: (error: Error) => {
      const type = (error as Error & { type?: string }).type ?? error.name;
      if (type !== "CredentialsSignin") console.error(`[auth] ${type}: ${error.message.split("\n")[0]}`);
    },
    warn: () => {},
  },
  providers: [
    Credentials({
      credentials: { email: { label: "Email" }, password: { label: "Password", type: "password" } },
      async authorize(credentials, request) {
        const result = await verifyLogin(credentials, clientIp(request.headers));
        if (result.ok) return result.user;
        if (result.reason === "rate_limited") throw new RateLimitedSignin();
        return null;
      },
    }),
  ],
  callbacks: {
    async jwt({ token, user, trigger }) {
      if (user) {
        token.uid = user.id;
        token.sv = (user as { sessionVersion?: number }).sessionVersion ?? 0;
        // This session's own id: logging out revokes it on the server, not only in the browser.
        token.sid = randomUUID();
      }
      // After a password change the server re-issues the token with the new version (never from client data).
      if (trigger === "update" && typeof token.uid === "string") {
        const row = await db().user.findUnique({ where: { id: token.uid }, select: { sessionVersion: true, name: true } });
        if (row) {
          token.sv = row.sessionVersion;
          token.name = row.name;
        }
      }
      return token;
    },
    session({ session, token }) {
      return { ...session, uid: token.uid, sv: token.sv, sid: token.sid };
    },
  },
  events: {
    // Every way out (the dashboard's Log out, a POST to /api/auth/signout) ends the session server-side.
    async signOut(message) {
      const token = "token" in message ? message.token : null;
      if (typeof token?.sid === "string")
        await revokeSession(token.sid, new Date((token.exp ?? Date.now() / 1000 + SESSION_SECONDS) * 1000));
    },
  },
}));
