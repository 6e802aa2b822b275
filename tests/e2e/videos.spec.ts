import { test, expect, checkPage, uniqueId } from "./support/fixtures";
import { signUp, type Person } from "./support/flows";

// The Videos page lists API-created videos with live status; cancel and delete work from the table; the API
// reference renders the OpenAPI document from our own origin.
test("videos made through the API show up live, can be cancelled and deleted; the API reference renders", async ({ page, guard }) => {
  test.setTimeout(120_000);
  const person: Person = { name: "Vera Video", email: `videos-${uniqueId()}@example.com`, password: guard.password("of the video owner") };
  const team = await signUp(page, person);

  await page.goto(`/${team}/videos`);
  await expect(page.getByRole("heading", { name: "No videos yet" })).toBeVisible();
  await checkPage(page, "videos-empty");

  // A client creates a video with the HeyGen body; the session cookie works like a key here.
  const made = await page.request.post("/v2/video/generate", {
    // From the app's own origin, as its pages would send it (a session's state changes must prove it).
    headers: { Origin: new URL(page.url()).origin },
    data: {
      title: "Launch teaser",
      video_inputs: [{ voice: { type: "silence", duration: 3 }, background: { type: "color", value: "#0f766e" } }],
    },
  });
  expect(made.status()).toBe(200);
  const videoId = (await made.json()).data.video_id as string;

  // The list polls: the video appears without a reload.
  const row = page.getByRole("row").filter({ hasText: "Launch teaser" });
  await expect(row).toBeVisible({ timeout: 10_000 });
  await expect(row.getByText("Queued")).toBeVisible();
  await expect(row.getByText(videoId)).toBeVisible();
  await expect(row.getByText("Vera Video")).toBeVisible();
  await checkPage(page, "videos-list");

  await row.getByRole("button", { name: "Cancel" }).click();
  await expect(row.getByText("Cancelled")).toBeVisible();
  const status = await page.request.get(`/v1/video_status.get?video_id=${videoId}`);
  expect((await status.json()).data).toMatchObject({ status: "failed", error: { code: 40014, reason: "cancelled" } });

  // Filters: by status and by who made it.
  await page.getByLabel("Status").selectOption("completed");
  await expect(page.getByRole("heading", { name: "No videos match" })).toBeVisible();
  await page.getByLabel("Status").selectOption("failed");
  await expect(row).toBeVisible();
  await page.getByLabel("Made by").selectOption({ label: "Vera Video" });
  await expect(row).toBeVisible();
  await checkPage(page, "videos-filtered");
  await page.getByRole("button", { name: "Clear filters" }).click();
  await expect(page.getByLabel("Status")).toHaveValue("");

  await row.getByRole("button", { name: "Actions for Launch teaser" }).click();
  await page.getByRole("menuitem", { name: "Delete video" }).click();
  await page.getByRole("button", { name: "Delete video" }).click();
  await expect(page.getByRole("heading", { name: "No videos yet" })).toBeVisible();
  expect((await page.request.get(`/v1/video_status.get?video_id=${videoId}`)).status()).toBe(404);

  await page.getByRole("link", { name: "Read the API reference" }).click();
  await expect(page).toHaveURL(new RegExp(`/${team}/api-reference$`));
  await expect(page.getByText("/v2/video/generate").first()).toBeVisible({ timeout: 15_000 });
  await expect(page.getByText("Create an avatar video").first()).toBeVisible();
  await checkPage(page, "api-reference");

  // The version switch, by keyboard: v3 only, kept in the URL through a reload.
  const versions = page.getByRole("navigation", { name: "API version" });
  await expect(versions.getByRole("link", { name: /^All/ })).toHaveAttribute("aria-current", "true");
  await versions.getByRole("link", { name: /^v3/ }).focus();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(new RegExp(`/${team}/api-reference\\?version=v3$`));
  await page.reload();
  await expect(versions.getByRole("link", { name: /^v3/ })).toHaveAttribute("aria-current", "true");
  const endpoints = page.getByRole("region", { name: "Endpoints" });
  await expect(endpoints.getByText("No v3 endpoints under Talking photos.")).toBeVisible();
  const listed = await endpoints.getByRole("listitem").locator("code").allTextContents();
  expect(listed).toContain("/v3/videos/{video_id}");
  expect(listed.filter((p) => !p.startsWith("/v3/"))).toEqual([]);
  // The Swagger view below shows the same version's document.
  const swaggerPaths = page.locator(".opblock-tag-section .opblock-summary-path");
  await expect(swaggerPaths.first()).toBeVisible({ timeout: 15_000 });
  const shown = await swaggerPaths.allTextContents();
  expect(shown.length).toBe(listed.length);
  expect(shown.filter((p) => !p.replace(/\u200b/g, "").startsWith("/v3/"))).toEqual([]);
  await checkPage(page, "api-reference-v3");
});
