import { execFileSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { test, expect, checkPage, uniqueId } from "./support/fixtures";
import { signUp, type Person } from "./support/flows";
import { runDbTask } from "./support/run-db-task";
import { serverPort } from "./support/ports";
import { startWorker, type RunningWorker } from "../support/worker";

// The studio end to end: a project built scene by scene, saved as it is typed, intact after a reload,
// refused by the contract while a field is wrong, then generated and rendered by a real worker.
let worker: RunningWorker;

test.beforeAll(async () => {
  worker = await startWorker({ APP_URL: `http://127.0.0.1:${serverPort}`, WORKER_CONCURRENCY: "1" }, "e2e-projects-worker");
});

test.afterAll(async () => {
  await worker?.stop();
});

test("create a project with two scenes, reload to find the draft intact, generate it and watch it render in the history; duplicate, rename, search and delete on the list", async ({
  page,
  guard,
}) => {
  test.setTimeout(300_000);
  const run = uniqueId();
  const person: Person = { name: "Sam Studio", email: `studio-${run}@example.com`, password: guard.password("of the studio user") };
  const team = await signUp(page, person);
  await expect(page.getByText("No projects yet")).toBeVisible();
  await checkPage(page, "projects-empty");

  // An image for the second scene's background (made by ffmpeg; uploaded from the scene editor).
  const png = path.join(mkdtempSync(path.join(tmpdir(), "e2e-projects-")), "backdrop.png");
  execFileSync("ffmpeg", ["-v", "error", "-y", "-f", "lavfi", "-i", "testsrc2=s=640x360", "-frames:v", "1", png]);

  await page.getByRole("button", { name: "New project" }).first().click();
  const dialog = page.getByRole("dialog", { name: "New project" });
  await dialog.getByLabel("Title").fill("Launch teaser");
  await checkPage(page, "projects-create-dialog");
  await dialog.getByRole("button", { name: "Create project" }).click();
  await expect(page.getByRole("heading", { name: "Launch teaser", level: 1 })).toBeVisible();
  const saved = page.locator('[data-save-state="saved"]');

  // Smaller frames render faster; the preset is a project setting.
  await page.getByLabel("Size").selectOption("16:9 1280×720");
  const one = page.getByRole("region", { name: "Scene 1" });
  await one.getByLabel("Script").fill("Hello from the studio.");
  await expect(one.getByText(/22 \/ 5000 characters · about \d/)).toBeVisible();
  // Play sample: the server speaks the script in the chosen voice (an MP3 the page plays).
  const sample = page.waitForResponse((r) => /\/v2\/voices\/[^/]+\/preview\?text=/.test(r.url()));
  await one.getByRole("button", { name: /Play sample/ }).click();
  const spoken = await sample;
  expect(spoken.status()).toBe(200);
  expect(spoken.headers()["content-type"]).toBe("audio/mpeg");
  await expect(one.getByLabel("Voice sample")).toBeVisible();
  await one.getByLabel("Colour", { exact: true }).fill("#204060");

  // The positioning preview: dragging the presenter a quarter of the frame to the right moves it by offset
  // 0.25, and the numeric fields follow.
  const offsetX = async () => Number(await one.getByLabel("Offset X").inputValue());
  expect(await offsetX()).toBe(0);
  const preview = one.getByRole("group", { name: "Presenter position" });
  await preview.scrollIntoViewIfNeeded();
  const box = (await preview.boundingBox())!;
  await page.mouse.move(box.x + box.width * 0.5, box.y + box.height * 0.6);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width * 0.75, box.y + box.height * 0.6, { steps: 6 });
  await page.mouse.up();
  await expect.poll(offsetX).toBeGreaterThan(0.2);
  expect(await offsetX()).toBeLessThan(0.3);
  const dragged = await offsetX();

  await page.getByRole("button", { name: "Add scene" }).click();
  const two = page.getByRole("region", { name: "Scene 2" });
  await expect(two).toBeVisible();
  // Adding a scene reads the draft back; edits still on their way are kept.
  await expect(page.getByLabel("Size")).toHaveValue("16:9 1280×720");
  await expect(one.getByLabel("Colour", { exact: true })).toHaveValue("#204060");
  // A new scene has an empty script: the contract's error shows by field and Generate waits.
  await expect(two.getByText("Must not be empty").or(two.getByText("must not be empty"))).toBeVisible();
  await expect(page.getByRole("button", { name: "Generate" })).toBeDisabled();
  await two.getByLabel("Voice source").selectOption("silence");
  await two.getByLabel("Seconds of silence").fill("2");
  await two.getByLabel("Background type").selectOption("image");
  await two.locator('input[type="file"]').setInputFiles(png);
  await expect(two.getByLabel("Image asset").locator("option:checked")).toHaveText("backdrop.png");
  await expect(two.getByRole("img", { name: "Background backdrop.png" })).toBeVisible();
  await expect(saved).toBeVisible({ timeout: 10_000 });
  await checkPage(page, "project-editor");

  // Everything was saved to the database as it was typed.
  await page.reload();
  await expect(page.getByLabel("Size")).toHaveValue("16:9 1280×720");
  await expect(one.getByLabel("Script")).toHaveValue("Hello from the studio.");
  await expect(one.getByLabel("Colour", { exact: true })).toHaveValue("#204060");
  expect(await offsetX()).toBeCloseTo(dragged, 3);
  await expect(two.getByLabel("Voice source")).toHaveValue("silence");
  await expect(two.getByLabel("Seconds of silence")).toHaveValue("2");
  await expect(two.getByLabel("Background type")).toHaveValue("image");
  await expect(two.getByRole("img", { name: "Background backdrop.png" })).toBeVisible();
  await checkPage(page, "project-reloaded");

  // A second tab on the same draft: this one edits the script, that one the speed of the same voice and the
  // background; last write wins per field, so every edit is kept, and each tab shows the other's once saved.
  const other = await page.context().newPage();
  await other.goto(page.url());
  const otherOne = other.getByRole("region", { name: "Scene 1" });
  await expect(otherOne.getByLabel("Script")).toHaveValue("Hello from the studio.");
  await one.getByLabel("Script").fill("Hello again from the studio.");
  await otherOne.getByLabel("Speed").fill("1.2");
  await otherOne.getByLabel("Colour", { exact: true }).fill("#603020");
  await expect(saved).toBeVisible({ timeout: 10_000 });
  await expect(other.locator('[data-save-state="saved"]')).toBeVisible({ timeout: 10_000 });
  await expect(otherOne.getByLabel("Script")).toHaveValue("Hello again from the studio.", { timeout: 15_000 });
  await expect(one.getByLabel("Speed")).toHaveValue("1.2", { timeout: 15_000 });
  await expect(one.getByLabel("Colour", { exact: true })).toHaveValue("#603020", { timeout: 15_000 });
  await checkPage(other, "project-second-tab");
  await other.close();
  await page.reload();
  await expect(one.getByLabel("Script")).toHaveValue("Hello again from the studio.");
  await expect(one.getByLabel("Speed")).toHaveValue("1.2");

  // Reorder with the keyboard and back.
  await two.getByRole("button", { name: /Reorder scene 2/ }).press("ArrowUp");
  await expect(page.getByRole("region", { name: "Scene 1" }).getByLabel("Voice source")).toHaveValue("silence");
  await page.getByRole("region", { name: "Scene 2" }).getByRole("button", { name: "Move scene 2 up" }).click();
  await expect(page.getByRole("region", { name: "Scene 1" }).getByLabel("Voice source")).toHaveValue("text");
  await expect(saved).toBeVisible({ timeout: 10_000 });
  // Reorder by dragging scene 2's handle with the mouse onto scene 1 (both cards in view), and back.
  const viewport = page.viewportSize()!;
  await page.setViewportSize({ width: viewport.width, height: 3000 });
  const dragOnto = async (from: number, to: number) => {
    const handle = (await page
      .getByRole("button", { name: `Reorder scene ${from}: drag, or press the up and down arrow keys` })
      .boundingBox())!;
    const source = (await page.getByRole("region", { name: `Scene ${from}` }).boundingBox())!;
    const target = (await page.getByRole("region", { name: `Scene ${to}` }).boundingBox())!;
    const dy = target.y + target.height / 2 - (source.y + source.height / 2);
    await page.mouse.move(handle.x + handle.width / 2, handle.y + handle.height / 2);
    await page.mouse.down();
    const x = handle.x + handle.width / 2;
    const y = handle.y + handle.height / 2 + dy;
    await page.mouse.move(x, y, { steps: 12 });
    // dnd-kit measures the cards a frame after the drag starts; a pointer that arrives before that is not yet
    // over anything. Nudge it until the live region says where the scene would land, as a person would hover.
    const over = page.getByRole("status").filter({ hasText: `scene ${from} is over the place of scene ${to}` });
    let nudge = 0;
    await expect(async () => {
      nudge = nudge === 0 ? 2 : 0;
      await page.mouse.move(x, y + nudge);
      await expect(over).toBeAttached({ timeout: 500 });
    }).toPass({ timeout: 5_000 });
    await page.mouse.up();
  };
  // A drop that dnd-kit did not take (about one CI run in ten: the pointer released before its collision
  // pass) leaves the order as it was; a person drags again, and so does the test.
  const dragUntil = async (from: number, to: number, firstVoice: string) =>
    expect(async () => {
      await dragOnto(from, to);
      await expect(page.getByRole("region", { name: "Scene 1" }).getByLabel("Voice source")).toHaveValue(firstVoice, { timeout: 3_000 });
    }).toPass({ timeout: 30_000 });
  await dragUntil(2, 1, "silence");
  await expect(saved).toBeVisible({ timeout: 10_000 });
  await checkPage(page, "project-dragged");
  await dragUntil(1, 2, "text");
  await expect(saved).toBeVisible({ timeout: 10_000 });
  await page.setViewportSize(viewport);
  await page.reload();
  await expect(page.getByRole("region", { name: "Scene 1" }).getByLabel("Voice source")).toHaveValue("text");

  await page.getByLabel("Captions").check();
  await expect(saved).toBeVisible({ timeout: 10_000 });
  await page.getByRole("button", { name: "Generate" }).click();
  const render = page.locator("[data-render-id]").first();
  await expect(render).toBeVisible();
  await expect(render).toContainText("by Sam Studio");
  // A picture of it while queued or rendering (a short render may already be done).
  if ((await render.getAttribute("data-status")) !== "completed") await checkPage(page, "project-rendering");
  await expect(render).toHaveAttribute("data-status", "completed", { timeout: 240_000 });
  const player = render.locator("video");
  await expect(player).toBeVisible();
  await expect.poll(() => player.evaluate((v: HTMLVideoElement) => v.readyState), { timeout: 20_000 }).toBeGreaterThanOrEqual(1);
  // Seeking works: the storage server answers range requests.
  await player.evaluate((v: HTMLVideoElement) => {
    v.currentTime = 2;
  });
  await expect.poll(() => player.evaluate((v: HTMLVideoElement) => v.currentTime)).toBeGreaterThan(1.9);
  for (const name of ["MP4", "Captioned MP4", "SRT", "VTT"]) await expect(render.getByRole("link", { name, exact: true })).toBeVisible();
  await checkPage(page, "project-history");
  // The SRT download holds the script's words.
  const srt = await page.request.get((await render.getByRole("link", { name: "SRT", exact: true }).getAttribute("href"))!);
  expect(srt.status()).toBe(200);
  expect((await srt.text()).toLowerCase()).toContain("studio");

  // A teammate opens the same project and finds the draft and its render; someone of another team gets 404.
  const projectUrl = new URL(page.url()).pathname;
  const teammate: Person = { name: "Tara Teammate", email: `teammate-${run}@example.com`, password: guard.password("of the teammate") };
  const teammatePage = await (await guard.newContext()).newPage();
  await signUp(teammatePage, teammate);
  await runDbTask("add-member", { team, email: teammate.email, role: "member" });
  await teammatePage.goto(projectUrl);
  await expect(teammatePage.getByRole("heading", { name: "Launch teaser", level: 1 })).toBeVisible();
  await expect(teammatePage.getByRole("region", { name: "Scene 1" }).getByLabel("Script")).toHaveValue("Hello again from the studio.");
  await expect(teammatePage.locator("[data-render-id]").first()).toHaveAttribute("data-status", "completed");
  await checkPage(teammatePage, "project-teammate");
  const outsider: Person = { name: "Omar Outsider", email: `outsider-${run}@example.com`, password: guard.password("of the outsider") };
  const outsiderPage = await (await guard.newContext()).newPage();
  await signUp(outsiderPage, outsider);
  const answer = await outsiderPage.goto(projectUrl);
  expect(answer?.status()).toBe(404);
  await expect(outsiderPage.getByRole("heading", { name: "This page does not exist" })).toBeVisible();
  await checkPage(outsiderPage, "project-other-team-404");

  await page.goto(`/${team}/projects`);
  const row = page.getByRole("row", { name: /Launch teaser/ });
  await expect(row).toContainText("2 scenes");
  await expect(row).toContainText("by Sam Studio");
  await expect(row.locator("img")).toBeVisible();
  await checkPage(page, "projects-list");

  // Duplicate, rename the copy, find it by search, delete it after confirming.
  await page.getByRole("button", { name: "Duplicate Launch teaser" }).click();
  await expect(page.getByRole("row", { name: /Launch teaser \(copy\)/ })).toContainText("2 scenes");
  await page.getByRole("button", { name: "Rename Launch teaser (copy)" }).click();
  const rename = page.getByRole("dialog", { name: "Rename project" });
  await rename.getByLabel("Title").fill("Teaser B");
  await rename.getByRole("button", { name: "Save name" }).click();
  await expect(page.getByRole("row", { name: /Teaser B/ })).toBeVisible();
  await page.getByRole("searchbox", { name: "Search projects" }).fill("teaser b");
  await expect(page.locator("[data-project-id]")).toHaveCount(1);
  await page.getByRole("button", { name: "Delete Teaser B" }).click();
  const confirm = page.getByRole("dialog", { name: "Delete this project?" });
  await checkPage(page, "projects-delete-dialog");
  await confirm.getByRole("button", { name: "Delete project" }).click();
  await expect(page.getByText("No projects match")).toBeVisible();
  await page.getByRole("searchbox", { name: "Search projects" }).fill("");
  await expect(page.locator("[data-project-id]")).toHaveCount(1);
});
