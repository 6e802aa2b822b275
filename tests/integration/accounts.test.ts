import { beforeEach, describe, expect, inject, it } from "vitest";
import { db } from "@/lib/db";
import { createResetLink } from "@/lib/users/password-reset";
import { startServer } from "../support/server";
import { api, signIn } from "./support/http";
import { makeUser, PASSWORD, truncateAll } from "./support/fixtures";

beforeEach(truncateAll);

describe("accounts", () => {
  it("sign-up creates the user, a personal team and an owner membership, with an argon2id hash", async () => {
    const user = await makeUser("signup");
    const row = await db().user.findUniqueOrThrow({ where: { id: user.id }, include: { memberships: { include: { team: true } } } });
    expect(row.passwordHash).toMatch(/^\$argon2id\$/);
    expect(row.memberships).toHaveLength(1);
    expect(row.memberships[0]).toMatchObject({ role: "owner", team: { personal: true, slug: user.teamSlug } });
  });

  it("answers a wrong password and an unknown email the same way", async () => {
    const user = await makeUser("login");
    const wrong = await signIn(user.email, "not the password");
    const unknown = await signIn("nobody-here@example.test", "not the password");
    expect(wrong.cookie).toBeNull();
    expect(unknown.cookie).toBeNull();
    expect(new URL(wrong.location).search).toBe(new URL(unknown.location).search);
  });

  it("rate-limits logins per email", async () => {
    const user = await makeUser("limited");
    for (let i = 0; i < 9; i++) await signIn(user.email, "wrong");
    const eleventh = await signIn(user.email, PASSWORD);
    expect(eleventh.cookie).toBeNull();
    expect(eleventh.location).toContain("code=rate_limited");
  });

  it("throttles wrong passwords per address: nine from one address do not lock the owner out from another", async () => {
    const user = await makeUser("throttled");
    // A server that believes X-Forwarded-For, so the test can speak from two client addresses.
    const proxied = await startServer({ STORAGE_DIR: inject("storageDir"), TRUST_PROXY: "1" }, "integration-server-proxied");
    try {
      const from = (ip: string) => ({ "X-Forwarded-For": ip });
      for (let i = 0; i < 9; i++) await signIn(user.email, "wrong", proxied.url, from("203.0.113.7"));
      const guesser = await signIn(user.email, PASSWORD, proxied.url, from("203.0.113.7"));
      expect(guesser.cookie).toBeNull();
      expect(guesser.location).toContain("code=rate_limited");
      const owner = await signIn(user.email, PASSWORD, proxied.url, from("198.51.100.20"));
      expect(owner.cookie).not.toBeNull();
    } finally {
      await proxied.stop();
    }
  });

  it("sends Auth.js's redirects to APP_URL, not to the address the server listens on", async () => {
    const proxied = await startServer(
      { STORAGE_DIR: inject("storageDir"), HOSTNAME: "0.0.0.0", APP_URL: "http://studio.example.test" },
      "integration-server-any",
    );
    try {
      const wrong = await signIn("nobody@example.test", "wrong password", proxied.url);
      expect(wrong.location).toMatch(/^http:\/\/studio\.example\.test\/login\?/);
    } finally {
      await proxied.stop();
    }
  });

  it("logging out ends the session on the server: a kept copy of the cookie no longer works", async () => {
    const user = await makeUser("logout");
    const kept = user.cookie;
    expect((await api("GET", "/api/account", { cookie: kept })).status).toBe(200);
    // Auth.js's own sign-out, as the browser posts it (its CSRF token, then the form).
    const csrf = await fetch(`${inject("baseUrl")}/api/auth/csrf`, { headers: { Cookie: kept } });
    const { csrfToken } = (await csrf.json()) as { csrfToken: string };
    const csrfCookie = csrf.headers
      .getSetCookie()
      .map((c) => c.split(";")[0])
      .join("; ");
    const out = await fetch(`${inject("baseUrl")}/api/auth/signout`, {
      method: "POST",
      redirect: "manual",
      headers: { "Content-Type": "application/x-www-form-urlencoded", Cookie: [kept, csrfCookie].filter(Boolean).join("; ") },
      body: new URLSearchParams({ csrfToken }),
    });
    expect(out.status).toBe(302);
    expect((await api("GET", "/api/account", { cookie: kept })).status).toBe(401);
    // Another session of the same user is untouched.
    const other = await signIn(user.email, PASSWORD);
    expect((await api("GET", "/api/account", { cookie: other.cookie! })).status).toBe(200);
  });

  it("signing out everywhere ends every session of the user, this one included", async () => {
    const user = await makeUser("everywhere");
    const second = await signIn(user.email, PASSWORD);
    expect((await api("DELETE", "/api/account/sessions", { cookie: user.cookie })).status).toBe(200);
    expect((await api("GET", "/api/account", { cookie: user.cookie })).status).toBe(401);
    expect((await api("GET", "/api/account", { cookie: second.cookie! })).status).toBe(401);
    expect((await signIn(user.email, PASSWORD)).cookie).not.toBeNull();
  });

  it("edits the name and changes the password, ending other sessions", async () => {
    const user = await makeUser("pw");
    const other = await signIn(user.email, PASSWORD);
    expect((await api("PATCH", "/api/account", { cookie: user.cookie, json: { name: "New Name" } })).status).toBe(200);
    const short = await api("POST", "/api/account/password", {
      cookie: user.cookie,
      json: { current_password: PASSWORD, new_password: "short" },
    });
    expect(short.status).toBe(400);
    expect(short.body.error.message).toContain("new_password");
    const bad = await api("POST", "/api/account/password", {
      cookie: user.cookie,
      json: { current_password: "nope", new_password: "another long password" },
    });
    expect(bad.status).toBe(400);
    expect(bad.body.error.message).toContain("current_password");
    const ok = await api("POST", "/api/account/password", {
      cookie: user.cookie,
      json: { current_password: PASSWORD, new_password: "another long password" },
    });
    expect(ok.status).toBe(200);
    expect((await api("GET", "/api/account", { cookie: other.cookie! })).status).toBe(401);
    const fresh = await signIn(user.email, "another long password");
    const me = await api("GET", "/api/account", { cookie: fresh.cookie! });
    expect(me.body.data.user.name).toBe("New Name");
  });

  it("resets a password with a single-use link and never reveals whether an email exists", async () => {
    const user = await makeUser("reset");
    const known = await api("POST", "/api/reset", { json: { email: user.email } });
    const unknown = await api("POST", "/api/reset", { json: { email: "ghost@example.test" } });
    expect(known.status).toBe(200);
    expect(known.body.data).toEqual(unknown.body.data);

    const link = (await createResetLink(user.email))!;
    const token = link.split("/reset/")[1]!;
    expect((await api("POST", `/api/reset/${token}`, { json: { password: "brand new password" } })).status).toBe(200);
    expect((await api("POST", `/api/reset/${token}`, { json: { password: "second try password" } })).status).toBe(410);
    expect((await signIn(user.email, PASSWORD)).cookie).toBeNull();
    expect((await signIn(user.email, "brand new password")).cookie).not.toBeNull();
  });

  it("keeps only the newest reset link, and ends every one at a reset or a password change", async () => {
    const user = await makeUser("reset-links");
    const token = async () => (await createResetLink(user.email))!.split("/reset/")[1]!;
    const reset = (t: string, password: string) => api("POST", `/api/reset/${t}`, { json: { password } });
    // A new link ends the older one.
    const [older, newer] = [await token(), await token()];
    expect((await reset(older, "first new password")).status).toBe(410);
    // Using a link ends the others: none is left to undo the new password.
    expect((await reset(newer, "second new password")).status).toBe(200);
    // A password change ends a link asked for before it.
    const pending = await token();
    const { cookie } = await signIn(user.email, "second new password");
    const changed = await api("POST", "/api/account/password", {
      cookie: cookie!,
      json: { current_password: "second new password", new_password: "third new password" },
    });
    expect(changed.status).toBe(200);
    expect((await reset(pending, "attacker's password")).status).toBe(410);
    expect((await signIn(user.email, "third new password")).cookie).not.toBeNull();
  });

  it("answers bad input with a 4xx naming the field", async () => {
    const user = await makeUser("input");
    const empty = await api("POST", "/api/teams", { cookie: user.cookie, json: { name: "" } });
    expect(empty.status).toBe(400);
    expect(empty.body.error).toMatchObject({ code: "invalid_parameter" });
    expect(empty.body.error.message).toMatch(/^name: /);
    const broken = await api("POST", "/api/teams", {
      cookie: user.cookie,
      body: "{not json",
      headers: { "Content-Type": "application/json" },
    });
    expect(broken.status).toBe(400);
    expect(broken.body.error.message).toContain("body");
    const huge = await api("POST", "/api/teams", { cookie: user.cookie, json: { name: "x".repeat(2 * 1024 * 1024) } });
    expect(huge.status).toBe(413);
  });
});
