import { execFileSync } from "node:child_process";
import { test, expect, checkPage, uniqueId } from "./support/fixtures";
import { logIn, logOut, signUp, type Person } from "./support/flows";

// The operator CLI prints the one-time link alone on its last line (no mail in tests).
function resetLinkFromCli(email: string, appUrl: string): string {
  const out = execFileSync("npm", ["run", "--silent", "user", "--", "--reset-password", email], {
    env: { ...process.env, APP_URL: appUrl },
    encoding: "utf8",
    stdio: ["ignore", "pipe", "pipe"],
    timeout: 60_000,
  });
  const link = out.trim().split("\n").at(-1)!.trim();
  expect(link).toMatch(new RegExp(`^${appUrl.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}/reset/[A-Za-z0-9_-]+$`));
  return link;
}

test("password reset with a link printed by the CLI, then log in with the new password", async ({ page, guard, baseURL }) => {
  test.setTimeout(120_000);
  const run = uniqueId();
  const person: Person = { name: "Rita Reset", email: `reset-${run}@example.com`, password: guard.password("before the reset") };
  const newPassword = guard.password("after the reset");

  await signUp(page, person);
  await logOut(page);

  // The request form answers the same whatever the email.
  await page.getByRole("link", { name: "Forgot password?" }).click();
  await expect(page).toHaveURL(/\/reset$/);
  await checkPage(page, "reset-request");
  await page.getByLabel("Email").fill(person.email);
  await page.getByRole("button", { name: "Get a reset link" }).click();
  await expect(page.getByText("Request received")).toBeVisible();
  await expect(page.getByText("npm run user -- --reset-password").first()).toBeVisible();
  await checkPage(page, "reset-requested");

  const link = resetLinkFromCli(person.email, baseURL!);
  await page.goto(link);
  await expect(page.getByRole("heading", { name: "Choose a new password" })).toBeVisible();
  await checkPage(page, "reset-new-password");
  await page.getByLabel("New password", { exact: true }).fill(newPassword);
  await page.getByLabel("Confirm new password").fill(newPassword);
  await page.getByRole("button", { name: "Set new password" }).click();
  await expect(page).toHaveURL(/\/login\?reset=1$/);
  await expect(page.getByText("Your password was changed")).toBeVisible();
  await checkPage(page, "login-after-reset");

  // The old password no longer works; the new one does.
  await logIn(page, person.email, person.password);
  await expect(page.getByRole("alert").filter({ hasText: "do not match" })).toBeVisible();
  await logIn(page, person.email, newPassword);
  await expect(page).toHaveURL(/\/[a-z0-9-]+\/projects$/);

  // The link works once.
  await page.goto(new URL(link).pathname);
  await expect(page.getByRole("heading", { name: "This reset link is no longer valid" })).toBeVisible();
  await checkPage(page, "reset-link-used");
});
