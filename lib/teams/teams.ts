import "server-only";
import { db, type Tx } from "@/lib/db";
import { Conflict, Invalid } from "@/lib/errors";
import { isValidSlug, slugify, withSuffix } from "@/lib/teams/slug";
import type { Role } from "@/lib/auth/roles";
import { storage } from "@/lib/storage/storage";

export type TeamSummary = { id: string; slug: string; name: string; role: Role; personal: boolean };

async function freeSlug(tx: Tx, wanted: string): Promise<string> {
  let slug = wanted;
  for (let attempt = 0; attempt < 5; attempt++) {
    if (!(await tx.team.findUnique({ where: { slug }, select: { id: true } }))) return slug;
    slug = withSuffix(wanted);
  }
  throw new Conflict("Could not find a free team URL; choose another name.");
}

// Creates a team with its first owner. `slug` is taken as given (CLI) or derived from the name.
export async function createTeam(
  tx: Tx,
  input: { name: string; ownerId: string; slug?: string; personal?: boolean },
): Promise<{ id: string; slug: string; name: string }> {
  const name = input.name.trim();
  if (!name) throw Invalid.field("name", "must not be empty");
  let slug: string;
  if (input.slug !== undefined) {
    if (!isValidSlug(input.slug)) {
      throw Invalid.field("slug", `must be 3-40 lowercase letters, digits or dashes and not a reserved word, got "${input.slug}"`);
    }
    if (await tx.team.findUnique({ where: { slug: input.slug }, select: { id: true } })) {
      throw Conflict.field("slug", `a team with the URL "${input.slug}" already exists`);
    }
    slug = input.slug;
  } else {
    slug = await freeSlug(tx, slugify(name));
  }
  const team = await tx.team.create({
    data: { name, slug, personal: input.personal ?? false, memberships: { create: { userId: input.ownerId, role: "owner" } } },
  });
  return { id: team.id, slug: team.slug, name: team.name };
}

export async function listTeamsForUser(userId: string): Promise<TeamSummary[]> {
  const memberships = await db().membership.findMany({
    where: { userId },
    include: { team: true },
    orderBy: { createdAt: "asc" },
  });
  return memberships.map((m) => ({ id: m.team.id, slug: m.team.slug, name: m.team.name, role: m.role, personal: m.team.personal }));
}

export async function renameTeam(teamId: string, name: string): Promise<void> {
  await db().team.update({ where: { id: teamId }, data: { name: name.trim() } });
}

export async function deleteTeam(teamId: string, userId: string): Promise<void> {
  const others = await db().membership.count({ where: { userId, teamId: { not: teamId } } });
  if (others === 0) throw new Conflict("This is your only team: create or join another team before deleting it.");
  // Queued renders stop on their own (they re-check their video between steps); the files go with the team.
  await db().team.delete({ where: { id: teamId } });
  await storage().deletePrefix(`teams/${teamId}/`);
}

// The earliest owner speaks for the team (GET /v1/user/me).
export async function teamOwner(teamId: string) {
  const m = await db().membership.findFirst({
    where: { teamId, role: "owner" },
    orderBy: { createdAt: "asc" },
    include: { user: { select: { email: true, name: true } } },
  });
  return m?.user ?? null;
}
