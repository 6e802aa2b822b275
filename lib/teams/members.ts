import "server-only";
import { db, type Tx } from "@/lib/db";
import { Conflict, Forbidden, Invalid, NotFound } from "@/lib/errors";
import type { Role } from "@/lib/auth/roles";

export type Actor = { userId: string; role: Role };

export async function listMembers(teamId: string) {
  const rows = await db().membership.findMany({
    where: { teamId },
    include: { user: { select: { id: true, email: true, name: true } } },
    orderBy: { createdAt: "asc" },
  });
  return rows.map((m) => ({
    id: m.id,
    userId: m.user.id,
    email: m.user.email,
    name: m.user.name,
    role: m.role,
    joinedAt: m.createdAt.toISOString(),
  }));
}

/**
 * Runs a change of the team's memberships with the team's row locked, so two changes never interleave: two
 * owners demoting each other at once cannot leave the team without one.
 */
export async function withTeamLocked<T>(teamId: string, change: (tx: Tx) => Promise<T>): Promise<T> {
  return db().$transaction(async (tx) => {
    await tx.$queryRaw`SELECT 1 FROM "Team" WHERE "id" = ${teamId} FOR UPDATE`;
    return change(tx);
  });
}

async function membership(tx: Tx, teamId: string, membershipId: string) {
  const m = await tx.membership.findFirst({ where: { id: membershipId, teamId } });
  if (!m) throw new NotFound("The member");
  return m;
}

// The actor's role as it is now, under the lock: a role read before waiting for it may have changed meanwhile.
async function roleNow(tx: Tx, teamId: string, actor: Actor): Promise<Role> {
  const me = await tx.membership.findUnique({ where: { teamId_userId: { teamId, userId: actor.userId } }, select: { role: true } });
  if (!me) throw new NotFound("The team");
  return me.role;
}

async function ownerCount(tx: Tx, teamId: string): Promise<number> {
  return tx.membership.count({ where: { teamId, role: "owner" } });
}

const lastOwner = () => new Conflict("A team needs at least one owner: make someone else owner first.");

export async function changeRole(teamId: string, actor: Actor, membershipId: string, role: Role): Promise<void> {
  await withTeamLocked(teamId, async (tx) => {
    const target = await membership(tx, teamId, membershipId);
    const actorRole = await roleNow(tx, teamId, actor);
    // Only owners grant owner, and only owners change an owner's role.
    if ((role === "owner" || target.role === "owner") && actorRole !== "owner") {
      throw new Forbidden("Only an owner can grant or take away the owner role.");
    }
    if (target.role === "owner" && role !== "owner" && (await ownerCount(tx, teamId)) <= 1) throw lastOwner();
    await tx.membership.update({ where: { id: target.id }, data: { role } });
  });
}

export async function removeMember(teamId: string, actor: Actor, membershipId: string): Promise<void> {
  await withTeamLocked(teamId, async (tx) => {
    const target = await membership(tx, teamId, membershipId);
    if (target.role === "owner" && (await roleNow(tx, teamId, actor)) !== "owner")
      throw new Forbidden("Only an owner can remove an owner.");
    if (target.role === "owner" && (await ownerCount(tx, teamId)) <= 1) throw lastOwner();
    await tx.membership.delete({ where: { id: target.id } });
  });
}

export async function leaveTeam(teamId: string, userId: string): Promise<void> {
  await withTeamLocked(teamId, async (tx) => {
    const m = await tx.membership.findUnique({ where: { teamId_userId: { teamId, userId } } });
    if (!m) throw new NotFound("The team");
    if (m.role === "owner" && (await ownerCount(tx, teamId)) <= 1) {
      throw new Conflict("You are the last owner: transfer ownership or delete the team instead.");
    }
    const others = await tx.membership.count({ where: { userId, teamId: { not: teamId } } });
    if (others === 0) throw new Conflict("This is your only team: create or join another team first.");
    await tx.membership.delete({ where: { id: m.id } });
  });
}

// The current owner hands the team to another member and stays on as admin.
export async function transferOwnership(teamId: string, actor: Actor, membershipId: string): Promise<void> {
  await withTeamLocked(teamId, async (tx) => {
    if ((await roleNow(tx, teamId, actor)) !== "owner") throw new Forbidden("Only an owner can transfer ownership.");
    const target = await membership(tx, teamId, membershipId);
    if (target.userId === actor.userId) throw Invalid.field("member_id", "you already own this team");
    await tx.membership.update({ where: { id: target.id }, data: { role: "owner" } });
    await tx.membership.update({ where: { teamId_userId: { teamId, userId: actor.userId } }, data: { role: "admin" } });
  });
}
