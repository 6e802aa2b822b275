import { test, expect, checkPage, uniqueId } from "./support/fixtures";
import { fillSignup, logIn, logOut, signUp, type Person } from "./support/flows";

test("sign up, create a team, invite a second user, change their role, create an API key, log out and in", async ({ page, guard }) => {
  test.setTimeout(240_000); // one long story across two browsers, with axe on every page
  const run = uniqueId();
  const owner: Person = { name: "Olivia Owner", email: `owner-${run}@example.com`, password: guard.password("of the owner") };
  const invitee: Person = { name: "Ian Invitee", email: `invitee-${run}@example.com`, password: guard.password("of the invitee") };

  // Signed out, "/" goes to the login page.
  await page.goto("/");
  await expect(page).toHaveURL(/\/login$/);
  await checkPage(page, "login");

  await page.goto("/signup");
  await checkPage(page, "signup");
  const personalSlug = await signUp(page, owner);
  await expect(page.getByRole("heading", { name: "Projects", level: 1 })).toBeVisible();
  await checkPage(page, "projects");

  // Create a team from the team switcher.
  await page.getByRole("button", { name: /Switch team/ }).click();
  await page.getByRole("menuitem", { name: "Create team" }).click();
  const dialog = page.getByRole("dialog", { name: "Create a team" });
  await expect(dialog).toBeVisible();
  await checkPage(page, "create-team-dialog");
  await dialog.getByLabel("Team name").fill(`Acme ${run}`);
  await dialog.getByRole("button", { name: "Create team" }).click();
  await expect(page).toHaveURL(new RegExp(`/acme-${run}/projects$`));
  const team = `acme-${run}`;
  await expect(page.getByRole("button", { name: /Switch team/ })).toContainText(`Acme ${run}`);

  for (const [path, name] of [
    ["videos", "videos"],
    ["assets", "assets"],
    ["webhooks", "webhooks"],
    ["settings", "settings"],
    ["settings/account", "account"],
  ] as const) {
    await page.goto(`/${team}/${path}`);
    await expect(
      page.getByRole("link", { name: path === "settings/account" ? "Settings" : path.replace(/^./, (c) => c.toUpperCase()) }).first(),
    ).toHaveAttribute("aria-current", "page");
    await checkPage(page, name);
  }

  // Invite the second user by email.
  await page.goto(`/${team}/members`);
  await checkPage(page, "members-empty-invites");
  await page.getByLabel(/^Email/).fill(invitee.email);
  await page.getByRole("button", { name: "Create invite" }).click();
  const inviteUrl = await page.getByLabel("Invite link").inputValue();
  expect(inviteUrl).toMatch(/\/invite\/[A-Za-z0-9_-]+$/);
  await expect(page.getByTestId("invite-row").filter({ hasText: invitee.email })).toContainText("Pending");
  await checkPage(page, "members-invite-created");

  // The second user opens the link in another browser, signs up from it and lands in the team.
  const other = await guard.newContext();
  const page2 = await other.newPage();
  await page2.goto(inviteUrl);
  await expect(page2.getByRole("heading", { name: `Join Acme ${run}` })).toBeVisible();
  await expect(page2.getByText("Member", { exact: true })).toBeVisible();
  await checkPage(page2, "invite-signed-out");
  await page2.getByRole("link", { name: "Create an account to join" }).click();
  await expect(page2).toHaveURL(/\/signup\?invite=/);
  await fillSignup(page2, invitee, { emailLocked: true });
  await checkPage(page2, "signup-with-invite");
  await page2.getByRole("button", { name: "Create account and join" }).click();
  await expect(page2).toHaveURL(new RegExp(`/${team}/projects$`));
  await page2.goto(`/${team}/keys`);
  await expect(page2.getByRole("heading", { name: "Ask an admin for an API key" })).toBeVisible();
  await checkPage(page2, "keys-member");

  // The owner sees the new member and makes them an admin.
  await page.reload();
  const row = page.getByTestId("member-row").filter({ hasText: invitee.email });
  await expect(row).toBeVisible();
  await expect(page.getByTestId("invite-row").filter({ hasText: invitee.email })).toContainText("Accepted");
  await row.getByLabel(`Role of ${invitee.name}`).selectOption("admin");
  await expect(page.getByRole("status").filter({ hasText: "Role updated" })).toBeVisible();
  await page.reload();
  await expect(page.getByTestId("member-row").filter({ hasText: invitee.email }).getByLabel(`Role of ${invitee.name}`)).toHaveValue(
    "admin",
  );
  await checkPage(page, "members");

  // Now an admin, the second user may manage keys.
  await page2.reload();
  await expect(page2.getByRole("heading", { name: "No API keys yet" })).toBeVisible();

  // An API key: its secret is shown once, then only its prefix.
  await page.goto(`/${team}/keys`);
  await checkPage(page, "keys-empty");
  await page.getByRole("button", { name: "Create key" }).click();
  const keyDialog = page.getByRole("dialog", { name: "Create an API key" });
  await keyDialog.getByLabel("Name").fill("CI");
  await keyDialog.getByRole("button", { name: "Create key" }).click();
  const secretDialog = page.getByRole("dialog", { name: "Save your API key" });
  await expect(secretDialog).toBeVisible();
  const secret = await secretDialog.getByLabel("CI").inputValue();
  expect(secret).toMatch(/^avs_/);
  guard.secret("the API key secret", secret, (r) => r.method === "POST" && new URL(r.url).pathname === `/api/teams/${team}/keys`);
  await expect(secretDialog.getByText(`X-Api-Key: ${secret}`)).toBeVisible();
  await checkPage(page, "keys-created");

  // The key works against the API (GET /v1/user/me answers for the team).
  const me = await page.request.get("/v1/user/me", { headers: { "X-Api-Key": secret } });
  expect(me.status()).toBe(200);
  expect((await me.json()).data.team.slug).toBe(team);

  await secretDialog.getByRole("button", { name: "I saved my key" }).click();
  await expect(secretDialog).toBeHidden();
  await page.reload();
  await expect(page.getByTestId("key-prefix")).toHaveText(`${secret.slice(0, 12)}…`);
  expect(await page.content()).not.toContain(secret);
  await checkPage(page, "keys");

  // The signed-in path of an invite: an open link to the owner's own team, accepted by the second user.
  await page.goto(`/${personalSlug}/members`);
  await page.getByRole("button", { name: "Create open link" }).click();
  const openLink = await page.getByLabel("Invite link").inputValue();
  await page2.goto(openLink);
  await expect(page2.getByText(`You are logged in as ${invitee.email}`)).toBeVisible();
  await checkPage(page2, "invite-signed-in");
  await page2.getByRole("button", { name: /^Accept and join/ }).click();
  await expect(page2).toHaveURL(new RegExp(`/${personalSlug}/projects$`));
  await page2.getByRole("button", { name: /Switch team/ }).click();
  await expect(page2.getByRole("menuitem", { name: "Olivia's team" })).toBeVisible();
  await page2.keyboard.press("Escape");

  // Keyboard: the team switcher opens with the arrow key, moves with arrows and closes with Escape.
  const switcher = page.getByRole("button", { name: /Switch team/ });
  await switcher.focus();
  await page.keyboard.press("ArrowDown");
  await expect(page.getByRole("menuitem").first()).toBeFocused();
  await page.keyboard.press("ArrowUp");
  await expect(page.getByRole("menuitem", { name: "Create team" })).toBeFocused();
  await page.keyboard.press("Escape");
  await expect(page.getByRole("menu")).toBeHidden();
  await expect(switcher).toBeFocused();

  // Narrow screens: the sidebar becomes a drawer.
  const desktop = page.viewportSize()!;
  await page.setViewportSize({ width: 420, height: 860 });
  await page.getByRole("button", { name: "Open navigation" }).click();
  const drawer = page.getByRole("dialog", { name: "Navigation" });
  await expect(drawer.getByRole("link", { name: "Members" })).toHaveAttribute("aria-current", "page");
  await checkPage(page, "mobile-navigation");
  await drawer.getByRole("link", { name: "API keys" }).click();
  await expect(page).toHaveURL(new RegExp(`/${personalSlug}/keys$`));
  await expect(drawer).toBeHidden();
  await page.setViewportSize(desktop);

  // Log out, fail once, then log in again.
  await logOut(page);
  await logIn(page, owner.email, `${owner.password}-wrong`);
  await expect(page.getByRole("alert").filter({ hasText: "do not match" })).toBeVisible();
  await logIn(page, owner.email, owner.password);
  await expect(page).toHaveURL(new RegExp(`/${personalSlug}/projects$`));

  // Other pages people reach: an invalid invite and a team that is not theirs.
  await page.goto("/invite/not-a-real-token");
  await expect(page.getByRole("heading", { name: "This invite is no longer valid" })).toBeVisible();
  await checkPage(page, "invite-invalid");
  const missing = await page.goto(`/no-such-team-${run}/projects`);
  expect(missing?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "This page does not exist" })).toBeVisible();
  await checkPage(page, "not-found");
});

test("sign-up shows the server's refusal next to the field it names", async ({ page, guard }) => {
  const run = uniqueId();
  const person: Person = { name: "Dana Double", email: `double-${run}@example.com`, password: guard.password("of the first sign-up") };
  await signUp(page, person);
  await logOut(page);

  await page.goto("/signup");
  await fillSignup(page, { ...person, password: guard.password("of the second sign-up") });
  await page.getByRole("button", { name: "Create account" }).click();
  const email = page.getByLabel("Work email");
  await expect(email).toHaveAttribute("aria-invalid", "true");
  await expect(page.locator("#signup-email-error")).toHaveText("An account with this email already exists; log in instead.");
  await expect(page).toHaveURL(/\/signup$/);
});
