import { test, expect, checkPage, uniqueId } from "./support/fixtures";
import { signUp, type Person } from "./support/flows";

// The e2e server runs without ENCRYPTION_KEY (as a fresh `npm start` does): the Provider section stays on the
// local engine and says why HeyGen cannot be chosen. Switching to an upstream is covered by
// tests/integration/heygen-upstream.test.ts against a second Avatar Studio.
test("team settings show the provider, and why HeyGen is off without ENCRYPTION_KEY", async ({ page, guard }) => {
  const owner: Person = { name: "Priya Provider", email: `provider-${uniqueId()}@example.com`, password: guard.password("of the owner") };
  const team = await signUp(page, owner);
  await page.goto(`/${team}/settings`);
  const card = page.getByRole("region", { name: "Provider" });
  await expect(card.getByRole("radio", { name: /Local engine/ })).toBeChecked();
  await expect(card.getByRole("status").filter({ hasText: "ENCRYPTION_KEY is not set on the server" })).toBeVisible();
  await expect(card.getByRole("radio", { name: /HeyGen/ })).toBeDisabled();
  await expect(card.getByRole("button", { name: "Save" })).toBeDisabled();
  await checkPage(page, "settings-provider");
});
