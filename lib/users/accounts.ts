import "server-only";
import { z } from "zod";
import { textProblem } from "@/lib/validation/well-formed";
import { db } from "@/lib/db";
import { Conflict, Forbidden, Invalid } from "@/lib/errors";
import { env } from "@/lib/env";
import { hashPassword, verifyPassword, PASSWORD_MIN } from "@/lib/auth/password";
import { createTeam } from "@/lib/teams/teams";
import { findUsableInvite, acceptInvite } from "@/lib/teams/invites";
import { endResetLinks } from "@/lib/users/password-reset";

export const passwordSchema = z.string().min(PASSWORD_MIN, `must be at least ${PASSWORD_MIN} characters`).max(200);

export const signupSchema = z.object({
  name: z
    .string()
    .trim()
    .min(1)
    .max(100)
    .refine((v) => textProblem(v) === null, "must be plain text"),
  email: z.string().trim().toLowerCase().pipe(z.email()),
  password: passwordSchema,
  invite: z.string().max(200).optional(),
});

export type SignupInput = z.infer<typeof signupSchema>;

// SIGNUP=open: anyone; invite: only with a valid invite; closed: only operators (CLI) create users.
export async function signUp(input: SignupInput): Promise<{ userId: string; teamSlug: string }> {
  const mode = env().signup;
  const invite = input.invite ? await findUsableInvite(input.invite) : null;
  if (mode === "closed") throw new Forbidden("Sign-up is closed on this server. Ask an operator for an account.");
  if (mode === "invite" && !invite) throw new Forbidden("Sign-up needs an invite on this server. Ask a team admin for an invite link.");
  if (invite?.email && invite.email !== input.email) throw Invalid.field("email", `this invite is for ${invite.email}`);

  const passwordHash = await hashPassword(input.password);
  const existing = await db().user.findUnique({ where: { email: input.email }, select: { id: true } });
  // Say no without confirming more than the form needs; sign-up cannot avoid telling "taken".
  if (existing) throw Conflict.field("email", "an account with this email already exists; log in instead");
  const { userId, slug } = await db().$transaction(async (tx) => {
    const user = await tx.user.create({ data: { email: input.email, name: input.name, passwordHash } });
    const first = input.name.split(/\s+/)[0] || "My";
    const team = await createTeam(tx, { name: `${first}'s team`, ownerId: user.id, personal: true });
    return { userId: user.id, slug: team.slug };
  });
  if (invite && input.invite) {
    const team = await acceptInvite(input.invite, { id: userId, email: input.email });
    return { userId, teamSlug: team.slug };
  }
  return { userId, teamSlug: slug };
}

export async function updateName(userId: string, name: string): Promise<void> {
  await db().user.update({ where: { id: userId }, data: { name: name.trim() } });
}

/** Sign out everywhere: every session token of the user, on every device, stops working. */
export async function endAllSessions(userId: string): Promise<void> {
  await db().user.update({ where: { id: userId }, data: { sessionVersion: { increment: 1 } } });
}

// Bumps sessionVersion so every other session of this user ends.
export async function changePassword(userId: string, current: string, next: string): Promise<void> {
  const user = await db().user.findUniqueOrThrow({ where: { id: userId } });
  if (!(await verifyPassword(user.passwordHash, current))) throw Invalid.field("current_password", "is not correct");
  const passwordHash = await hashPassword(next);
  await db().$transaction(async (tx) => {
    await tx.user.update({ where: { id: userId }, data: { passwordHash, sessionVersion: { increment: 1 } } });
    // A reset link asked for before the change must not undo it.
    await endResetLinks(tx, userId);
  });
}
