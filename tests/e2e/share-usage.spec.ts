import { test, expect, checkPage, uniqueId } from "./support/fixtures";
import { signUp, type Person } from "./support/flows";
import { runDbTask } from "./support/run-db-task";

// Sharing a video from the Videos page (the public page opens without cookies, and 404s once revoked), and
// the Usage page's chart of minutes rendered per day by member and API key.
test("a member shares a video, a stranger watches it, the member revokes it; Usage charts minutes by member and key", async ({
  page,
  guard,
}) => {
  test.setTimeout(150_000);
  const person: Person = { name: "Sasha Share", email: `share-${uniqueId()}@example.com`, password: guard.password("of the video owner") };
  const team = await signUp(page, person);

  await page.goto(`/${team}/usage`);
  await expect(page.getByRole("heading", { name: "Nothing rendered in the last 30 days" })).toBeVisible();
  await checkPage(page, "usage-empty");

  const by = { email: person.email };
  await runDbTask("seed-rendered", {
    team,
    media: true,
    videos: [
      { title: "Quarterly kickoff", minutes: 2.5, daysAgo: 0, by },
      { title: "Onboarding, part 1", minutes: 4, daysAgo: 1, by },
      { title: "Release notes 4.2", minutes: 3, daysAgo: 1, by: { key: "Release bot" } },
      { title: "Weekly digest", minutes: 1.5, daysAgo: 6, by: { key: "Release bot" } },
      { title: "Onboarding, part 2", minutes: 6, daysAgo: 9, by },
      { title: "Product tour", minutes: 5, daysAgo: 13, by: { key: "CRM sync" } },
      { title: "Weekly digest", minutes: 1.5, daysAgo: 13, by: { key: "Release bot" } },
      { title: "Support macro", minutes: 2, daysAgo: 20, by: { key: "CRM sync" } },
      { title: "Welcome", minutes: 3.5, daysAgo: 27, by },
      { title: "Too old to count", minutes: 9, daysAgo: 31, by },
    ],
  });

  // Usage: totals, the chart, the by-creator table and the daily table.
  await page.reload();
  await expect(page.getByText("29 min", { exact: true })).toBeVisible();
  await expect(page.getByRole("img", { name: /Minutes rendered per day from .+: 29 min in all/ })).toBeVisible();
  const creators = page.getByRole("region", { name: "By member and API key" });
  await expect(creators.getByRole("row").filter({ hasText: "Sasha Share" })).toContainText("16 min");
  await expect(creators.getByRole("row").filter({ hasText: "CRM sync" })).toContainText("7 min");
  await expect(creators.getByRole("row").filter({ hasText: "Release bot" })).toContainText("6 min");
  await checkPage(page, "usage-chart");

  // Share the newest video from the Videos page.
  await page.getByRole("link", { name: "Videos", exact: true }).click();
  const row = page.getByRole("row").filter({ hasText: "Quarterly kickoff" });
  const shareButton = row.getByRole("button", { name: /^Share(d publicly)?: Quarterly kickoff$/ });
  await expect(shareButton).toHaveText("Share");
  await shareButton.click();
  const dialog = page.getByRole("dialog", { name: "Share Quarterly kickoff" });
  const toggle = dialog.getByRole("switch", { name: "Public page" });
  await expect(toggle).toHaveAttribute("aria-checked", "false");
  await checkPage(page, "share-dialog-off");
  await toggle.click();
  await expect(toggle).toHaveAttribute("aria-checked", "true");
  const link = await dialog.getByRole("textbox", { name: "Link" }).inputValue();
  expect(link).toMatch(/\/share\/[A-Za-z0-9_-]{22}$/);
  await expect(dialog.getByRole("button", { name: "Copy link" })).toBeVisible();
  await checkPage(page, "share-dialog-on");
  await dialog.getByRole("button", { name: "Done" }).click();
  await expect(shareButton).toHaveText("Shared publicly");
  await checkPage(page, "videos-shared");

  // A stranger: a fresh context without cookies.
  const stranger = await (await guard.newContext()).newPage();
  const answer = await stranger.goto(link);
  expect(answer?.status()).toBe(200);
  await expect(stranger.getByRole("heading", { name: "Quarterly kickoff" })).toBeVisible();
  const player = stranger.locator("video");
  await expect(player).toHaveAttribute("poster", /thumbnail\.jpg/);
  // The file loads and seeks (signed file URLs serve byte ranges).
  await expect.poll(() => player.evaluate((v: HTMLVideoElement) => v.readyState), { timeout: 15_000 }).toBeGreaterThanOrEqual(1);
  const seek = (to: number) =>
    player.evaluate((v: HTMLVideoElement, t) => new Promise((resolve) => ((v.onseeked = resolve), (v.currentTime = t))), to);
  await seek(2);
  expect(await player.evaluate((v: HTMLVideoElement) => v.currentTime)).toBeCloseTo(2, 0);
  await seek(0);
  // Buffered past the start, so the player shows no loading spinner in the screenshot.
  await expect.poll(() => player.evaluate((v: HTMLVideoElement) => v.readyState), { timeout: 15_000 }).toBeGreaterThanOrEqual(3);
  await checkPage(stranger, "share-page");
  expect(await stranger.locator('meta[name="robots"]').getAttribute("content")).toContain("noindex");

  // Revoke: the link is dead.
  await shareButton.click();
  await dialog.getByRole("button", { name: "Stop sharing" }).click();
  await expect(toggle).toHaveAttribute("aria-checked", "false");
  await dialog.getByRole("button", { name: "Done" }).click();
  await expect(shareButton).toHaveText("Share");
  expect((await stranger.goto(link))?.status()).toBe(404);
  await expect(stranger.getByRole("heading", { name: "This page does not exist" })).toBeVisible();
  await checkPage(stranger, "share-page-revoked");
});
