import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { beforeEach, describe, expect, inject, it } from "vitest";
import { db } from "@/lib/db";
import { api } from "./support/http";
import { makeUser, truncateAll, type TestUser } from "./support/fixtures";

beforeEach(truncateAll);

async function invite(by: TestUser, json: { email?: string; role: string }) {
  return api("POST", `/api/teams/${by.teamSlug}/invites`, { cookie: by.cookie, json });
}
const tokenOf = (url: string) => url.split("/invite/")[1]!;

async function memberId(team: TestUser, userId: string): Promise<string> {
  return (await db().membership.findFirstOrThrow({ where: { teamId: team.teamId, userId } })).id;
}

describe("teams, invites and roles", () => {
  it("an invite is single use and bound to its email", async () => {
    const owner = await makeUser("owner");
    const alice = await makeUser("alice");
    const bob = await makeUser("bob");
    const made = await invite(owner, { email: alice.email, role: "member" });
    expect(made.status).toBe(201);
    const token = tokenOf(made.body.data.invite.url);
    const stored = await db().invite.findFirstOrThrow({ where: { teamId: owner.teamId } });
    expect(stored.tokenHash).not.toContain(token);

    const wrongPerson = await api("POST", `/api/invites/${token}`, { cookie: bob.cookie });
    expect(wrongPerson.status).toBe(403);
    expect((await api("POST", `/api/invites/${token}`, { cookie: alice.cookie })).status).toBe(200);
    const again = await api("POST", `/api/invites/${token}`, { cookie: alice.cookie });
    expect(again.status).toBe(410);
    const members = await api("GET", `/api/teams/${owner.teamSlug}/members`, { cookie: owner.cookie });
    expect(members.body.data.members.map((m: { email: string }) => m.email).sort()).toEqual([alice.email, owner.email].sort());
  });

  it("an expired or revoked invite cannot be used", async () => {
    const owner = await makeUser("owner");
    const alice = await makeUser("alice");
    const open = await invite(owner, { role: "member" });
    const token = tokenOf(open.body.data.invite.url);
    await db().invite.updateMany({ where: { teamId: owner.teamId }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect((await api("POST", `/api/invites/${token}`, { cookie: alice.cookie })).status).toBe(410);
    const listed = await api("GET", `/api/teams/${owner.teamSlug}/invites`, { cookie: owner.cookie });
    expect(listed.body.data.invites[0].status).toBe("expired");

    const second = await invite(owner, { role: "member" });
    const id = second.body.data.invite.id as string;
    expect((await api("DELETE", `/api/teams/${owner.teamSlug}/invites/${id}`, { cookie: owner.cookie })).status).toBe(200);
    expect((await api("POST", `/api/invites/${tokenOf(second.body.data.invite.url)}`, { cookie: alice.cookie })).status).toBe(410);
  });

  it("invites last seven days", async () => {
    const owner = await makeUser("owner");
    const made = await invite(owner, { role: "member" });
    const days = (Date.parse(made.body.data.invite.expiresAt) - Date.now()) / 86_400_000;
    expect(days).toBeGreaterThan(6.99);
    expect(days).toBeLessThanOrEqual(7);
  });

  it("only owners grant owner; admins manage members; members cannot", async () => {
    const owner = await makeUser("owner");
    const admin = await makeUser("admin");
    const member = await makeUser("member");
    for (const [user, role] of [
      [admin, "admin"],
      [member, "member"],
    ] as const) {
      const made = await invite(owner, { email: user.email, role });
      expect((await api("POST", `/api/invites/${tokenOf(made.body.data.invite.url)}`, { cookie: user.cookie })).status).toBe(200);
    }
    const asAdmin = { ...admin, teamSlug: owner.teamSlug };
    const asMember = { ...member, teamSlug: owner.teamSlug };
    expect((await invite(asAdmin, { role: "owner" })).status).toBe(403);
    expect((await invite(asAdmin, { role: "admin" })).status).toBe(201);
    expect((await invite(asMember, { role: "member" })).status).toBe(403);
    expect((await invite(owner, { role: "owner" })).status).toBe(201);

    const memberMembership = await memberId(owner, member.id);
    const promote = await api("PATCH", `/api/teams/${owner.teamSlug}/members/${memberMembership}`, {
      cookie: admin.cookie,
      json: { role: "owner" },
    });
    expect(promote.status).toBe(403);
    expect(
      (await api("PATCH", `/api/teams/${owner.teamSlug}/members/${memberMembership}`, { cookie: admin.cookie, json: { role: "admin" } }))
        .status,
    ).toBe(200);
    const ownerMembership = await memberId(owner, owner.id);
    expect((await api("DELETE", `/api/teams/${owner.teamSlug}/members/${ownerMembership}`, { cookie: admin.cookie })).status).toBe(403);
  });

  it("the last owner cannot leave, be demoted or removed; after a transfer they can leave", async () => {
    const owner = await makeUser("owner");
    const other = await makeUser("other");
    const made = await invite(owner, { email: other.email, role: "member" });
    await api("POST", `/api/invites/${tokenOf(made.body.data.invite.url)}`, { cookie: other.cookie });

    const leave = await api("POST", `/api/teams/${owner.teamSlug}/leave`, { cookie: owner.cookie });
    expect(leave.status).toBe(409);
    expect(leave.body.error.message).toMatch(/last owner/);
    const self = await memberId(owner, owner.id);
    expect(
      (await api("PATCH", `/api/teams/${owner.teamSlug}/members/${self}`, { cookie: owner.cookie, json: { role: "admin" } })).status,
    ).toBe(409);

    const target = await memberId(owner, other.id);
    expect((await api("POST", `/api/teams/${owner.teamSlug}/transfer`, { cookie: owner.cookie, json: { member_id: target } })).status).toBe(
      200,
    );
    const roles = await db().membership.findMany({ where: { teamId: owner.teamId }, orderBy: { createdAt: "asc" } });
    expect(roles.map((m) => m.role)).toEqual(["admin", "owner"]);
    // The old owner has another team (none here but their own), so leaving needs one: create it first.
    await api("POST", "/api/teams", { cookie: owner.cookie, json: { name: "Elsewhere" } });
    expect((await api("POST", `/api/teams/${owner.teamSlug}/leave`, { cookie: owner.cookie })).status).toBe(200);
  });

  it("two owners demoting each other at once leave exactly one owner (the team is locked while members change)", async () => {
    for (let round = 0; round < 5; round++) {
      const a = await makeUser("owner-a");
      const b = await makeUser("owner-b");
      const made = await invite(a, { email: b.email, role: "owner" });
      expect((await api("POST", `/api/invites/${tokenOf(made.body.data.invite.url)}`, { cookie: b.cookie })).status).toBe(200);
      const [ma, mb] = [await memberId(a, a.id), await memberId(a, b.id)];
      const demote = (by: TestUser, id: string) =>
        api("PATCH", `/api/teams/${a.teamSlug}/members/${id}`, { cookie: by.cookie, json: { role: "admin" } });
      const answers = await Promise.all([demote(a, mb), demote(b, ma)]);
      // One wins; the other finds itself no longer an owner (403) or the last one standing (409).
      const statuses = answers.map((r) => r.status).sort();
      expect(statuses[0]).toBe(200);
      expect([403, 409]).toContain(statuses[1]);
      expect(await db().membership.count({ where: { teamId: a.teamId, role: "owner" } })).toBe(1);
    }
  });

  it("creates, renames and deletes teams; slugs never take a reserved word", async () => {
    const owner = await makeUser("owner");
    const made = await api("POST", "/api/teams", { cookie: owner.cookie, json: { name: "Login" } });
    expect(made.status).toBe(201);
    expect(made.body.data.team.slug).not.toBe("login");
    const slug = made.body.data.team.slug as string;
    expect((await api("PATCH", `/api/teams/${slug}`, { cookie: owner.cookie, json: { name: "Renamed" } })).status).toBe(200);
    const teams = await api("GET", "/api/teams", { cookie: owner.cookie });
    expect(teams.body.data.teams.map((t: { name: string }) => t.name)).toContain("Renamed");
    // The team's files go with it.
    const teamId = made.body.data.team.id as string;
    const file = path.join(inject("storageDir"), "teams", teamId, "assets", "x.png");
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, "x");
    expect((await api("DELETE", `/api/teams/${slug}`, { cookie: owner.cookie })).status).toBe(200);
    expect((await api("GET", `/api/teams/${slug}`, { cookie: owner.cookie })).status).toBe(404);
    expect(existsSync(file)).toBe(false);
  });
});
