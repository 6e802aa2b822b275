import { expect, type Page } from "@playwright/test";

export type Person = { name: string; email: string; password: string };

export async function fillSignup(page: Page, person: Person, { emailLocked = false } = {}): Promise<void> {
  await page.getByLabel("Name").fill(person.name);
  if (emailLocked) await expect(page.getByLabel("Work email")).toHaveValue(person.email);
  else await page.getByLabel("Work email").fill(person.email);
  await page.getByLabel("Password").fill(person.password);
}

// Signs up on /signup and returns the slug of the team it lands in.
export async function signUp(page: Page, person: Person): Promise<string> {
  await page.goto("/signup");
  await fillSignup(page, person);
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page).toHaveURL(/\/[a-z0-9-]+\/projects$/);
  return new URL(page.url()).pathname.split("/")[1]!;
}

export async function logIn(page: Page, email: string, password: string): Promise<void> {
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Log in" }).click();
}

export async function logOut(page: Page): Promise<void> {
  await page.getByRole("button", { name: /Account menu/ }).click();
  await page.getByRole("menuitem", { name: "Log out" }).click();
  await expect(page).toHaveURL(/\/login$/);
}
