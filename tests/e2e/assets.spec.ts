import { execFileSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { test, expect, checkPage, uniqueId } from "./support/fixtures";
import { signUp, type Person } from "./support/flows";

// Files made by ffmpeg for this run (nothing binary is committed).
function makeFile(name: string, args: string[]): string {
  const file = path.join(mkdtempSync(path.join(tmpdir(), "e2e-assets-")), name);
  execFileSync("ffmpeg", ["-v", "error", "-y", ...args, file]);
  return file;
}

test("upload an image, a video and audio on the Assets page, see their previews, refuse a GIF, delete the image", async ({
  page,
  guard,
}) => {
  test.setTimeout(120_000);
  const run = uniqueId();
  const person: Person = { name: "Ada Assets", email: `assets-${run}@example.com`, password: guard.password("of the uploader") };
  const image = makeFile("studio-background.png", ["-f", "lavfi", "-i", "testsrc2=s=640x360", "-frames:v", "1"]);
  const gif = makeFile("animation.gif", ["-f", "lavfi", "-i", "color=c=orange:s=32x32", "-frames:v", "1"]);
  const clip = makeFile("intro-clip.mp4", [
    "-f",
    "lavfi",
    "-i",
    "testsrc=s=320x180:d=2:r=25",
    "-c:v",
    "libx264",
    "-preset",
    "ultrafast",
    "-pix_fmt",
    "yuv420p",
  ]);
  const voice = makeFile("voice-over.mp3", ["-f", "lavfi", "-i", "sine=frequency=330:duration=3", "-c:a", "libmp3lame"]);

  const team = await signUp(page, person);
  await page.goto(`/${team}/assets`);
  await expect(page.getByRole("heading", { name: "No assets yet" })).toBeVisible();
  await checkPage(page, "assets-empty");

  // The upload button opens the file picker; the files go up as raw bytes with a progress bar.
  const chooser = page.waitForEvent("filechooser");
  await page.getByRole("button", { name: "Upload files" }).click();
  await (await chooser).setFiles(image);
  const card = page.getByTestId("asset-card").filter({ hasText: "studio-background.png" });
  await expect(card).toBeVisible();
  await expect(card).toContainText("PNG · 640×360");
  await expect(page.getByRole("status").filter({ hasText: "Uploaded" })).toBeVisible();
  const preview = card.getByRole("img", { name: "studio-background.png" });
  await expect(preview).toBeVisible();
  await expect.poll(() => preview.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBe(640);

  // Several files at once, dropped on the hidden input: a video with an inline player, audio with a player.
  await page.getByLabel("Choose files to upload").setInputFiles([clip, voice]);
  await expect(page.getByTestId("asset-card")).toHaveCount(3);
  const video = page.getByTestId("asset-card").filter({ hasText: "intro-clip.mp4" });
  await expect(video).toContainText("MP4 · 320×180 · 2.0 s");
  await expect.poll(() => video.getByLabel("Preview of intro-clip.mp4").evaluate((v: HTMLVideoElement) => v.readyState)).toBeGreaterThan(0);
  const audio = page.getByTestId("asset-card").filter({ hasText: "voice-over.mp3" });
  await expect(audio.getByLabel("Play voice-over.mp3")).toBeVisible();
  await expect(audio).toContainText(/MP3 · 3\.\d s/);
  await checkPage(page, "assets-grid");

  // Content the API refuses: the message says what the file is and what to upload instead.
  await page.getByLabel("Choose files to upload").setInputFiles(gif);
  const failed = page.getByTestId("upload-row").filter({ hasText: "animation.gif" });
  await expect(failed.getByRole("alert")).toContainText("That file is a GIF");
  await expect(failed.getByRole("alert")).toContainText("PNG, JPEG, WebP, MP4, WebM, MP3 or WAV");
  await checkPage(page, "assets-upload-error");
  await failed.getByRole("button", { name: "Dismiss animation.gif" }).click();
  await expect(failed).toHaveCount(0);

  // Delete, with a confirmation first.
  await card.getByRole("button", { name: "Delete studio-background.png" }).click();
  const dialog = page.getByRole("dialog", { name: "Delete studio-background.png?" });
  await expect(dialog).toBeVisible();
  await checkPage(page, "assets-delete-dialog");
  await dialog.getByRole("button", { name: "Delete asset" }).click();
  await expect(dialog).toBeHidden();
  await expect(card).toHaveCount(0);
  await expect(page.getByTestId("asset-card")).toHaveCount(2);
  await expect(page.getByRole("status").filter({ hasText: "Asset deleted" })).toBeVisible();
});
