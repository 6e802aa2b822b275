import { randomBytes } from "node:crypto";
import { db } from "@/lib/db";
import { signUp } from "@/lib/users/accounts";
import { createApiKey } from "@/lib/keys/api-keys";
import { signIn } from "./http";

export const PASSWORD = "correct horse battery staple";

// Empties every table but the migrations and generated secrets (the server keeps them cached).
export async function truncateAll(): Promise<void> {
  await db().$executeRawUnsafe(
    `TRUNCATE "User", "Team", "Membership", "Invite", "ApiKey", "PasswordReset", "RateLimit", "LoginThrottle" RESTART IDENTITY CASCADE`,
  );
}

export type TestUser = { id: string; email: string; password: string; teamSlug: string; teamId: string; cookie: string };

export async function makeUser(label: string): Promise<TestUser> {
  const email = `${label}-${randomBytes(4).toString("hex")}@example.test`;
  const { userId, teamSlug } = await signUp({ name: `${label} Tester`, email, password: PASSWORD });
  const team = await db().team.findUniqueOrThrow({ where: { slug: teamSlug } });
  const { cookie } = await signIn(email, PASSWORD);
  if (!cookie) throw new Error(`could not sign in as ${email}`);
  return { id: userId, email, password: PASSWORD, teamSlug, teamId: team.id, cookie };
}

export async function makeKey(teamId: string): Promise<string> {
  return (await createApiKey(teamId, { name: "test" })).secret;
}
