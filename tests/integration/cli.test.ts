import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { api } from "./support/http";
import { upload } from "./support/assets";
import { makeKey, makeUser, truncateAll } from "./support/fixtures";

// The operator commands, run as an operator runs them (`npm run <name> -- ...`), against the test database.
const execFileAsync = promisify(execFile);

async function npmRun(script: string, args: string[]): Promise<{ stdout: string; stderr: string; code: number }> {
  try {
    const { stdout, stderr } = await execFileAsync("npm", ["run", "--silent", script, "--", ...args], {
      env: { ...process.env, APP_URL: "http://studio.test" },
      timeout: 60_000,
    });
    return { stdout, stderr, code: 0 };
  } catch (err) {
    const e = err as { stdout: string; stderr: string; code: number };
    return { stdout: e.stdout, stderr: e.stderr, code: e.code };
  }
}

const lastLine = (text: string) => text.trim().split("\n").at(-1)!.trim();

beforeEach(truncateAll);

describe("operator CLI", () => {
  it("creates a team with a password-less owner, then an API key that works on the API", async () => {
    const team = await npmRun("team", ["--create", "cli-acme", "--owner", "ops@example.com"]);
    expect(team.code, team.stderr).toBe(0);
    const owner = await db().user.findUniqueOrThrow({
      where: { email: "ops@example.com" },
      include: { memberships: { include: { team: true } } },
    });
    expect(owner.passwordHash).toBeNull();
    expect(owner.memberships.map((m) => [m.team.slug, m.role])).toEqual([["cli-acme", "owner"]]);

    const key = await npmRun("apikey", ["--team", "cli-acme", "--name", "deploy bot"]);
    expect(key.code, key.stderr).toBe(0);
    const secret = lastLine(key.stdout);
    expect(secret).toMatch(/^avs_[A-Za-z0-9_-]{20,}$/);
    const me = await api("GET", "/v1/user/me", { key: secret });
    expect(me.status).toBe(200);
    expect(me.body.data).toMatchObject({ email: "ops@example.com", team: { slug: "cli-acme" } });
    const stored = await db().apiKey.findFirstOrThrow({ where: { team: { slug: "cli-acme" } } });
    expect(stored.name).toBe("deploy bot");
    expect(JSON.stringify(stored)).not.toContain(secret);
  });

  it("refuses a taken or reserved slug and an unknown team, with a message and a non-zero exit", async () => {
    expect((await npmRun("team", ["--create", "cli-dup", "--owner", "a@example.com"])).code).toBe(0);
    const taken = await npmRun("team", ["--create", "cli-dup", "--owner", "b@example.com"]);
    expect(taken.code).not.toBe(0);
    expect(taken.stderr).toMatch(/cli-dup/);
    const reserved = await npmRun("team", ["--create", "login", "--owner", "a@example.com"]);
    expect(reserved.code).not.toBe(0);
    expect(reserved.stderr).toMatch(/login/);
    const missing = await npmRun("apikey", ["--team", "no-such-team"]);
    expect(missing.code).not.toBe(0);
    expect(missing.stderr).toMatch(/no-such-team/);
    expect(missing.stdout).not.toMatch(/avs_/);
  });

  it("prints a one-time reset link on its last line and refuses an unknown email", async () => {
    const person = await makeUser("forgot");
    const reset = await npmRun("user", ["--reset-password", person.email]);
    expect(reset.code, reset.stderr).toBe(0);
    const link = lastLine(reset.stdout);
    expect(link).toMatch(/^http:\/\/studio\.test\/reset\/[A-Za-z0-9_-]{20,}$/);
    expect(await db().passwordReset.count({ where: { userId: person.id } })).toBe(1);
    const unknown = await npmRun("user", ["--reset-password", "nobody@example.com"]);
    expect(unknown.code).not.toBe(0);
    expect(unknown.stdout).not.toMatch(/\/reset\//);
  });

  it("sets a team's rate limits and storage limit, which the API then applies", async () => {
    const person = await makeUser("limited-team");
    const key = await makeKey(person.teamId);
    const bad = await npmRun("team", ["--team", person.teamSlug, "--rate", "generate=fast"]);
    expect(bad.code).not.toBe(0);
    expect(bad.stderr).toMatch(/generate=fast/);
    const rate = await npmRun("team", ["--team", person.teamSlug, "--rate", "generate=2/min"]);
    expect(rate.code, rate.stderr).toBe(0);
    const body = { video_inputs: [{ voice: { type: "silence", duration: 1 } }] };
    // Rate windows are whole minutes: three requests sent just before a minute ends could fall into two windows.
    const second = new Date().getSeconds();
    if (second >= 50) await new Promise((r) => setTimeout(r, (61 - second) * 1000));
    const statuses = [];
    for (let i = 0; i < 3; i++) statuses.push((await api("POST", "/v2/video/generate", { key, json: body })).status);
    expect(statuses).toEqual([200, 200, 429]);

    const storageLimit = await npmRun("team", ["--team", person.teamSlug, "--storage", "2KB"]);
    expect(storageLimit.code, storageLimit.stderr).toBe(0);
    expect((await upload(key, "png")).status).toBe(200);
    const full = await upload(key, "mp4");
    expect(full.status).toBe(413);
    expect(full.body.error.message).toMatch(/The team's storage is full/);
    expect(await db().asset.count({ where: { team: { slug: person.teamSlug } } })).toBe(1);
  });
});
