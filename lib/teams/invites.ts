import "server-only";
import { withTeamLocked } from "@/lib/teams/members";
import { db } from "@/lib/db";
import { Conflict, Forbidden, Gone, NotFound } from "@/lib/errors";
import { randomToken, sha256 } from "@/lib/tokens";
import { env } from "@/lib/env";
import type { Role } from "@/lib/auth/roles";
import type { Actor } from "@/lib/teams/members";

const INVITE_TTL_MS = 7 * 24 * 3600 * 1000;

export type InviteStatus = "pending" | "accepted" | "revoked" | "expired";

function statusOf(i: { acceptedAt: Date | null; revokedAt: Date | null; expiresAt: Date }, now = new Date()): InviteStatus {
  if (i.acceptedAt) return "accepted";
  if (i.revokedAt) return "revoked";
  return i.expiresAt <= now ? "expired" : "pending";
}

export async function createInvite(teamId: string, actor: Actor, input: { email?: string | null; role: Role }) {
  if (input.role === "owner" && actor.role !== "owner") throw new Forbidden("Only an owner can invite someone as owner.");
  const email = input.email?.trim().toLowerCase() || null;
  if (email) {
    const existing = await db().membership.findFirst({ where: { teamId, user: { email } } });
    if (existing) throw Conflict.field("email", `${email} is already a member of this team`);
  }
  const token = randomToken();
  const invite = await db().invite.create({
    data: {
      teamId,
      email,
      role: input.role,
      tokenHash: sha256(token),
      expiresAt: new Date(Date.now() + INVITE_TTL_MS),
      createdById: actor.userId,
    },
  });
  // The token exists only in this answer: the database keeps its hash.
  return { id: invite.id, email, role: invite.role, expiresAt: invite.expiresAt.toISOString(), url: `${env().appUrl}/invite/${token}` };
}

export async function listInvites(teamId: string) {
  const rows = await db().invite.findMany({
    where: { teamId },
    include: { createdBy: { select: { email: true, name: true } } },
    orderBy: { createdAt: "desc" },
    take: 100,
  });
  return rows.map((i) => ({
    id: i.id,
    email: i.email,
    role: i.role,
    status: statusOf(i),
    createdAt: i.createdAt.toISOString(),
    expiresAt: i.expiresAt.toISOString(),
    createdBy: i.createdBy?.name || i.createdBy?.email || null,
  }));
}

export async function revokeInvite(teamId: string, inviteId: string): Promise<void> {
  const { count } = await db().invite.updateMany({
    where: { id: inviteId, teamId, acceptedAt: null, revokedAt: null },
    data: { revokedAt: new Date() },
  });
  if (count === 0) {
    const exists = await db().invite.findFirst({ where: { id: inviteId, teamId }, select: { id: true } });
    if (!exists) throw new NotFound("The invite");
    throw new Conflict("This invite was already accepted or revoked.");
  }
}

// What the invite page shows before someone accepts. Unknown, used, revoked and expired tokens all
// answer null so the page can say "this invite is no longer valid".
export async function findUsableInvite(token: string) {
  const invite = await db().invite.findUnique({ where: { tokenHash: sha256(token) }, include: { team: true } });
  if (!invite || statusOf(invite) !== "pending") return null;
  return {
    id: invite.id,
    email: invite.email,
    role: invite.role,
    team: { id: invite.team.id, name: invite.team.name, slug: invite.team.slug },
  };
}

// Single use is enforced by the conditional update: of two concurrent accepts, one wins.
export async function acceptInvite(token: string, user: { id: string; email: string }) {
  const invite = await findUsableInvite(token);
  if (!invite) throw new Gone("invite_invalid", "This invite has expired, was revoked or was already used. Ask for a new one.");
  if (invite.email && invite.email !== user.email.toLowerCase()) {
    throw new Forbidden(`This invite is for ${invite.email}. Sign in with that address to accept it.`);
  }
  // With the team locked, as every membership change: the check and the insert cannot be interleaved.
  await withTeamLocked(invite.team.id, async (tx) => {
    const already = await tx.membership.findUnique({ where: { teamId_userId: { teamId: invite.team.id, userId: user.id } } });
    if (already) throw new Conflict("You are already a member of this team.");
    const { count } = await tx.invite.updateMany({
      where: { id: invite.id, acceptedAt: null, revokedAt: null, expiresAt: { gt: new Date() } },
      data: { acceptedAt: new Date(), acceptedById: user.id },
    });
    if (count !== 1) throw new Gone("invite_invalid", "This invite was already used.");
    await tx.membership.create({ data: { teamId: invite.team.id, userId: user.id, role: invite.role } });
  });
  return invite.team;
}
