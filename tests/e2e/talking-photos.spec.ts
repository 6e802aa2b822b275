import path from "node:path";
import { test, expect, checkPage, uniqueId } from "./support/fixtures";
import { signUp, type Person } from "./support/flows";

// The presenter picker's Photos tab: a portrait uploaded by drag and drop's file-input twin after the likeness
// consent, its analysis shown (face box and matte), picked for the scene and placed in the positioning preview,
// renamed, still there after a reload, invisible to another team, and a draft that used it once it is deleted
// elsewhere.
const portrait = path.resolve("tests/fixtures/photos/portrait.jpg");

test("upload a talking photo in the studio, pick it, rename it, find it after a reload; another team never sees it; deleting it leaves a clear error in the draft", async ({
  page,
  guard,
}) => {
  test.setTimeout(180_000);
  const run = uniqueId();
  const person: Person = { name: "Pat Photo", email: `photo-${run}@example.com`, password: guard.password("of the photo user") };
  await signUp(page, person);
  await page.getByRole("button", { name: "New project" }).first().click();
  const dialog = page.getByRole("dialog", { name: "New project" });
  await dialog.getByLabel("Title").fill("Founder greeting");
  await dialog.getByRole("button", { name: "Create project" }).click();
  await expect(page.getByRole("heading", { name: "Founder greeting", level: 1 })).toBeVisible();
  const one = page.getByRole("region", { name: "Scene 1" });

  await one.getByRole("tab", { name: "Photos" }).click();
  await expect(one.getByText("No photos yet: upload a portrait to make it speak.")).toBeVisible();
  const input = one.getByLabel("Upload a photo for scene 1");
  await expect(input).toBeDisabled();
  await one.getByLabel("I have the right to use this person's likeness").check();
  await input.setInputFiles(portrait);
  const chosen = one.getByRole("radio", { name: "portrait" });
  await expect(chosen).toHaveAttribute("aria-checked", "true", { timeout: 60_000 });
  const photoId = (await chosen.getAttribute("data-photo"))!;
  await expect(one.getByRole("img", { name: /What the analysis found in portrait/ })).toBeVisible();
  // The positioning preview draws the photo where the engine will.
  await expect(one.getByRole("group", { name: "Presenter position" })).toBeVisible();
  await one.getByLabel("Style").selectOption("circle");
  await one.getByLabel("Expression").selectOption("happy");
  await expect(page.locator('[data-save-state="saved"]')).toBeVisible();
  await checkPage(page, "talking-photo-picker");

  await one.getByLabel("Name", { exact: true }).fill("Eileen");
  await one.getByRole("button", { name: "Rename" }).click();
  await expect(one.getByRole("radio", { name: "Eileen" })).toHaveAttribute("aria-checked", "true");

  await page.reload();
  const again = page.getByRole("region", { name: "Scene 1" });
  await expect(again.getByRole("tab", { name: "Photos" })).toHaveAttribute("aria-selected", "true");
  await expect(again.getByRole("radio", { name: "Eileen" })).toHaveAttribute("aria-checked", "true");
  await expect(again.getByLabel("Style")).toHaveValue("circle");
  await expect(again.getByLabel("Expression")).toHaveValue("happy");

  // Another team's studio: no trace of the photo.
  const stranger = await (await guard.newContext()).newPage();
  await signUp(stranger, { name: "Sol Stranger", email: `stranger-${run}@example.com`, password: guard.password("of the stranger") });
  await stranger.getByRole("button", { name: "New project" }).first().click();
  await stranger.getByRole("dialog", { name: "New project" }).getByLabel("Title").fill("Elsewhere");
  await stranger.getByRole("dialog", { name: "New project" }).getByRole("button", { name: "Create project" }).click();
  const theirs = stranger.getByRole("region", { name: "Scene 1" });
  await theirs.getByRole("tab", { name: "Photos" }).click();
  await expect(theirs.getByText("No photos yet: upload a portrait to make it speak.")).toBeVisible();
  await expect(theirs.getByRole("radio", { name: "Eileen" })).toHaveCount(0);

  // Deleted over the API (as another tool of the team would): this draft says so instead of breaking.
  const team = new URL(page.url()).pathname.split("/")[1]!;
  const gone = await page.request.delete(`/v2/talking_photo/${photoId}`, {
    headers: { "X-Team": team, Origin: new URL(page.url()).origin },
  });
  expect(gone.status()).toBe(200);
  await page.reload();
  const after = page.getByRole("region", { name: "Scene 1" });
  await expect(after.getByText(/This scene's photo was deleted/)).toBeVisible();
  await checkPage(page, "talking-photo-deleted");
});
