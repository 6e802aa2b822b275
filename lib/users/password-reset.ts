import "server-only";
import { db, type Tx } from "@/lib/db";
import { Gone } from "@/lib/errors";
import { env } from "@/lib/env";
import { hashPassword } from "@/lib/auth/password";
import { randomToken, sha256 } from "@/lib/tokens";
import { sendMail } from "@/lib/users/mail";

const RESET_TTL_MS = 60 * 60 * 1000;

/** Ends every reset link of the user that is still usable (inside the caller's transaction). */
export async function endResetLinks(tx: Tx, userId: string): Promise<void> {
  await tx.passwordReset.updateMany({ where: { userId, usedAt: null }, data: { usedAt: new Date() } });
}

// Returns the one-time link, or null for an unknown email (callers must not reveal which). Only the newest
// link of a user works: issuing one ends the older ones.
export async function createResetLink(email: string): Promise<string | null> {
  const user = await db().user.findUnique({ where: { email: email.trim().toLowerCase() } });
  if (!user) return null;
  const token = randomToken();
  await db().$transaction(async (tx) => {
    await endResetLinks(tx, user.id);
    await tx.passwordReset.create({ data: { userId: user.id, tokenHash: sha256(token), expiresAt: new Date(Date.now() + RESET_TTL_MS) } });
  });
  return `${env().appUrl}/reset/${token}`;
}

// The web form: the same answer whatever the email; mail goes out only when SMTP is configured.
export async function requestReset(email: string): Promise<void> {
  const link = await createResetLink(email);
  if (!link) return;
  await sendMail({
    to: email.trim().toLowerCase(),
    subject: "Reset your Avatar Studio password",
    text: `Someone asked to reset the password of this account. If it was you, open this link within an hour:\n\n${link}\n\nIf not, ignore this mail.`,
  });
}

export async function isResetTokenUsable(token: string): Promise<boolean> {
  const row = await db().passwordReset.findUnique({ where: { tokenHash: sha256(token) } });
  return !!row && !row.usedAt && row.expiresAt > new Date();
}

export async function resetPassword(token: string, password: string): Promise<{ email: string }> {
  const passwordHash = await hashPassword(password);
  return db().$transaction(async (tx) => {
    const row = await tx.passwordReset.findUnique({ where: { tokenHash: sha256(token) }, include: { user: true } });
    const { count } = await tx.passwordReset.updateMany({
      where: { tokenHash: sha256(token), usedAt: null, expiresAt: { gt: new Date() } },
      data: { usedAt: new Date() },
    });
    if (!row || count !== 1) throw new Gone("reset_invalid", "This reset link has expired or was already used. Ask for a new one.");
    // The password is new: no other link of this user may change it again.
    await endResetLinks(tx, row.userId);
    await tx.user.update({ where: { id: row.userId }, data: { passwordHash, sessionVersion: { increment: 1 } } });
    return { email: row.user.email };
  });
}
