import { test, expect, checkPage, uniqueId } from "./support/fixtures";
import { signUp, type Person } from "./support/flows";
import { runDbTask } from "./support/run-db-task";

// The studio issue's first defect: changing the Language alone was never saved, and after a reload every
// non-English scene showed English / Clara, so a video was spoken by another voice than the one on screen.
// Language and voice are now one saved choice: what the owner picks is what a reload and a teammate see, and
// what the stored draft (the render's input) says.
test("a language picked for a scene is saved with its voice, and shows the same after a reload and to a teammate", async ({
  page,
  guard,
}) => {
  test.setTimeout(120_000);
  const run = uniqueId();
  const owner: Person = { name: "Lea Language", email: `language-${run}@example.com`, password: guard.password("of the language owner") };
  const team = await signUp(page, owner);
  await page.getByRole("button", { name: "New project" }).first().click();
  const dialog = page.getByRole("dialog", { name: "New project" });
  await dialog.getByLabel("Title").fill("Bonjour");
  await dialog.getByRole("button", { name: "Create project" }).click();
  const one = page.getByRole("region", { name: "Scene 1" });
  const saved = page.locator('[data-save-state="saved"]');
  await one.getByLabel("Script").fill("Bonjour tout le monde.");
  await expect(saved).toBeVisible();

  // Only the language changes: that language's voice is chosen and saved with it.
  await one.getByLabel("Language").selectOption("French");
  await expect(one.getByLabel("Voice", { exact: true })).toHaveValue("avs_voice_fr_camille");
  await expect(saved).toBeVisible({ timeout: 10_000 });
  const projectUrl = page.url();
  const draft = async () => {
    const res = await page.request.get(`/api/teams/${team}/projects/${projectUrl.split("/").pop()}`);
    return ((await res.json()) as { data: { scenes: { voice: { voice_id?: string } }[] } }).data.scenes[0]?.voice.voice_id;
  };
  await expect.poll(draft).toBe("avs_voice_fr_camille");
  await checkPage(page, "studio-voice-french");

  await page.reload();
  await expect(one.getByLabel("Language")).toHaveValue("French");
  await expect(one.getByLabel("Voice", { exact: true })).toHaveValue("avs_voice_fr_camille");

  const teammate: Person = { name: "Tom Teammate", email: `language-mate-${run}@example.com`, password: guard.password("of the teammate") };
  const matePage = await (await guard.newContext()).newPage();
  await signUp(matePage, teammate);
  await runDbTask("add-member", { team, email: teammate.email, role: "member" });
  await matePage.goto(projectUrl);
  const theirs = matePage.getByRole("region", { name: "Scene 1" });
  await expect(theirs.getByLabel("Language")).toHaveValue("French");
  await expect(theirs.getByLabel("Voice", { exact: true })).toHaveValue("avs_voice_fr_camille");

  // And back: English brings an English voice, saved the same way.
  await one.getByLabel("Language").selectOption("English");
  await expect(saved).toBeVisible({ timeout: 10_000 });
  await expect.poll(draft).not.toBe("avs_voice_fr_camille");
  await page.reload();
  await expect(one.getByLabel("Language")).toHaveValue("English");

  // Generate pressed twice in a row makes one video (the studio issue's third defect): both requests carry
  // the same Idempotency-Key, and the server answers the second with the first video.
  await expect(saved).toBeVisible({ timeout: 10_000 });
  await page.getByRole("button", { name: "Generate" }).dblclick();
  const history = page.getByLabel("Render history").locator("li");
  await expect(history).toHaveCount(1, { timeout: 10_000 });
  await page.waitForTimeout(1500);
  await page.reload();
  await expect(page.getByLabel("Render history").locator("li")).toHaveCount(1);
});
