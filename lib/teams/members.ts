import "server-only";
import { db } from "@/lib/db";
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

async function membership(teamId: string, membershipId: string) {
  const m = await db().membership.findFirst({ where: { id: membershipId, teamId } });
  if (!m) throw new NotFound("The member");
  return m;
}

async function ownerCount(teamId: string): Promise<number> {
  return db().membership.count({ where: { teamId, role: "owner" } });
}

const lastOwner = () => new Conflict("A team needs at least one owner: make someone else owner first.");

export async function changeRole(teamId: string, actor: Actor, membershipId: string, role: Role): Promise<void> {
  const target = await membership(teamId, membershipId);
  // Only owners grant owner, and only owners change an owner's role.
  if ((role === "owner" || target.role === "owner") && actor.role !== "owner") {
    throw new Forbidden("Only an owner can grant or take away the owner role.");
  }
  if (target.role === "owner" && role !== "owner" && (await ownerCount(teamId)) <= 1) throw lastOwner();
  await db().membership.update({ where: { id: target.id }, data: { role } });
}

export async function removeMember(teamId: string, actor: Actor, membershipId: string): Promise<void> {
  const target = await membership(teamId, membershipId);
  if (target.role === "owner" && actor.role !== "owner") throw new Forbidden("Only an owner can remove an owner.");
  if (target.role === "owner" && (await ownerCount(teamId)) <= 1) throw lastOwner();
  await db().membership.delete({ where: { id: target.id } });
}

export async function leaveTeam(teamId: string, userId: string): Promise<void> {
  const m = await db().membership.findUnique({ where: { teamId_userId: { teamId, userId } } });
  if (!m) throw new NotFound("The team");
  if (m.role === "owner" && (await ownerCount(teamId)) <= 1) {
    throw new Conflict("You are the last owner: transfer ownership or delete the team instead.");
  }
  const others = await db().membership.count({ where: { userId, teamId: { not: teamId } } });
  if (others === 0) throw new Conflict("This is your only team: create or join another team first.");
  await db().membership.delete({ where: { id: m.id } });
}

// The current owner hands the team to another member and stays on as admin.
export async function transferOwnership(teamId: string, actor: Actor, membershipId: string): Promise<void> {
  if (actor.role !== "owner") throw new Forbidden("Only an owner can transfer ownership.");
  const target = await membership(teamId, membershipId);
  if (target.userId === actor.userId) throw Invalid.field("member_id", "you already own this team");
  await db().$transaction([
    db().membership.update({ where: { id: target.id }, data: { role: "owner" } }),
    db().membership.update({ where: { teamId_userId: { teamId, userId: actor.userId } }, data: { role: "admin" } }),
  ]);
}
