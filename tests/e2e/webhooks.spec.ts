import { createHmac } from "node:crypto";
import type { Page } from "@playwright/test";
import { test, expect, checkPage, uniqueId } from "./support/fixtures";
import { signUp, type Person } from "./support/flows";
import { receiverPort, allowedFetchHosts, serverPort } from "./support/ports";
import { runDbTask } from "./support/run-db-task";
import { eventually, startReceiver, type Hit, type Receiver } from "../integration/support/receiver";
import { startWorker, type RunningWorker } from "../support/worker";

// The Webhooks page end to end: a receiver on the one allowed loopback port, a real worker delivering to it.
let receiver: Receiver;
let worker: RunningWorker;

test.beforeAll(async () => {
  receiver = await startReceiver(receiverPort);
  worker = await startWorker(
    { APP_URL: `http://127.0.0.1:${serverPort}`, WORKER_CONCURRENCY: "1", ALLOWED_FETCH_HOSTS: allowedFetchHosts },
    "e2e-webhooks-worker",
  );
});

test.afterAll(async () => {
  await worker?.stop();
  await receiver?.close();
});

const signed = (hit: Hit, secret: string) => hit.headers.signature === createHmac("sha256", secret).update(hit.raw).digest("hex");
// A secret may appear only in the answer that creates (or reveals) it.
const answerTo = (method: string, path: RegExp) => (r: { method: string; url: string }) =>
  r.method === method && path.test(new URL(r.url).pathname);

async function endpointMenu(page: Page, url: string, item: string) {
  await page.getByRole("button", { name: `Actions for ${url}` }).click();
  await page.getByRole("menuitem", { name: item }).click();
}

test("add an endpoint, see its secret once, test it, read the log, redeliver, rotate, disable, delete", async ({ page, guard }) => {
  test.setTimeout(180_000);
  const run = uniqueId();
  const person: Person = {
    name: "Wanda Webhooks",
    email: `webhooks-${run}@example.com`,
    password: guard.password("of the webhooks admin"),
  };
  const team = await signUp(page, person);
  const url = receiver.url(`/hooks/${run}`);

  await page.goto(`/${team}/webhooks`);
  await expect(page.getByRole("heading", { name: "No webhook endpoints yet" })).toBeVisible();
  await checkPage(page, "webhooks-empty");

  // Add: URL and events. A URL that fails the OPTIONS check is refused with the reason under the field.
  await page.getByRole("button", { name: "Add endpoint" }).click();
  const add = page.getByRole("dialog", { name: "Add a webhook endpoint" });
  await add.getByLabel("Endpoint URL").fill(receiver.url(`/no-options/${run}`));
  await add.getByRole("button", { name: "Add endpoint" }).click();
  await expect(add.getByText("answered the OPTIONS check with 404")).toBeVisible();
  await expect(add.getByLabel("Endpoint URL")).toHaveAttribute("aria-invalid", "true");
  await checkPage(page, "webhooks-add-error");
  // The secret is shown once.
  await add.getByLabel("Endpoint URL").fill(url);
  await add.getByRole("checkbox", { name: /GIF preview ready/ }).uncheck();
  await add.getByRole("button", { name: "Add endpoint" }).click();
  const saved = page.getByRole("dialog", { name: "Save your signing secret" });
  await expect(saved).toBeVisible();
  const secret = await saved.getByLabel("Signing secret", { exact: true }).inputValue();
  expect(secret).toMatch(/^whsec_/);
  guard.secret("the endpoint's first signing secret", secret, answerTo("POST", /\/webhooks$/));
  expect(receiver.hits.some((h) => h.method === "OPTIONS" && h.path === `/hooks/${run}`)).toBe(true);
  await checkPage(page, "webhooks-secret-dialog");
  await saved.getByRole("button", { name: "I saved the secret" }).click();
  await expect(saved).toBeHidden();
  await expect(page.getByTestId("signing-secret")).toHaveCount(0);

  const row = page.getByTestId("endpoint-row").filter({ hasText: url });
  await expect(row).toContainText("Video completed");
  await expect(row).toContainText("Video failed");
  await expect(row).not.toContainText("GIF preview ready");
  await expect(row).toContainText("Enabled");
  await expect(row).toContainText("No deliveries yet");
  await checkPage(page, "webhooks-list");

  // The endpoint's log: a test event arrives signed, with its attempt listed.
  await row.getByRole("link", { name: `Delivery log of ${url}` }).click();
  await expect(page.getByRole("heading", { name: "No deliveries yet" })).toBeVisible();
  await page.getByRole("button", { name: "Send test event" }).click();
  await page.getByRole("dialog", { name: "Send a test event" }).getByRole("button", { name: "Send test event" }).click();
  const delivery = page.getByTestId("delivery-row").first();
  await expect(delivery).toHaveAttribute("data-status", "succeeded", { timeout: 15_000 });
  await expect(delivery).toContainText("Video completed");
  await expect(delivery).toContainText("HTTP 200");
  const [first] = receiver.posts(`/hooks/${run}`);
  expect(signed(first!, secret)).toBe(true);
  await delivery.getByRole("button", { name: /Attempts of Video completed/ }).click();
  const attempts = page.getByTestId("delivery-attempts");
  await expect(attempts.getByTestId("attempt-row")).toHaveCount(1);
  await expect(attempts.getByTestId("attempt-row")).toContainText("HTTP 200");
  await expect(attempts.getByTestId("attempt-row")).toContainText("thanks");
  await checkPage(page, "webhooks-delivery-expanded");

  // Redeliver: the same event id again, a second attempt in the log.
  await attempts.getByRole("button", { name: "Redeliver" }).click();
  await expect(attempts.getByTestId("attempt-row")).toHaveCount(2, { timeout: 15_000 });
  const [again] = receiver.posts(`/hooks/${run}`).slice(1);
  expect(again!.headers["webhook-id"]).toBe(first!.headers["webhook-id"]);

  // Rotate: a new secret, shown once, signs what follows.
  await endpointMenu(page, url, "Rotate signing secret");
  await page.getByRole("dialog", { name: "Rotate the signing secret?" }).getByRole("button", { name: "Rotate secret" }).click();
  const rotatedDialog = page.getByRole("dialog", { name: "Save the new signing secret" });
  const rotated = await rotatedDialog.getByLabel("New signing secret").inputValue();
  guard.secret("the endpoint's rotated signing secret", rotated, answerTo("POST", /\/rotate$/));
  expect(rotated).not.toBe(secret);
  await rotatedDialog.getByRole("button", { name: "I saved the secret" }).click();

  // Disable by hand, then enable again.
  await endpointMenu(page, url, "Disable endpoint");
  await page.getByRole("dialog", { name: "Disable this endpoint?" }).getByRole("button", { name: "Disable endpoint" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "This endpoint is disabled" })).toContainText("Disabled by Wanda Webhooks");
  await page.getByRole("button", { name: "Enable endpoint" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "This endpoint is disabled" })).toHaveCount(0);

  // Failing for 3 days: the next failed attempt disables it, and the list says why.
  await runDbTask("failing-since", { endpointUrl: url, days: 4 });
  receiver.script(`/hooks/${run}`, [503]);
  await page.getByRole("button", { name: "Send test event" }).click();
  await page.getByRole("dialog", { name: "Send a test event" }).getByRole("button", { name: "Send test event" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "This endpoint is disabled" })).toContainText("failed for 3 days", {
    timeout: 15_000,
  });
  expect(signed(receiver.posts(`/hooks/${run}`).at(-1)!, rotated)).toBe(true);
  await page.getByRole("link", { name: "Webhooks", exact: true }).first().click();
  await expect(page.getByRole("heading", { name: "Webhooks", level: 1 })).toBeVisible();
  await expect(row).toContainText("Disabled");
  await expect(row).toContainText("failed for 3 days (last error: The receiver answered 503");
  await expect(page.getByRole("alert").filter({ hasText: "Endpoint disabled" })).toContainText(
    "Fix the receiver, then enable the endpoint again.",
  );
  await checkPage(page, "webhooks-disabled");

  // Delete, after a confirmation.
  await endpointMenu(page, url, "Delete endpoint");
  await page.getByRole("dialog", { name: "Delete this endpoint?" }).getByRole("button", { name: "Delete endpoint" }).click();
  await expect(page.getByRole("heading", { name: "No webhook endpoints yet" })).toBeVisible();
});

test("callback_url deliveries per video and in their log; the callback secret is revealed and rotated in Settings", async ({
  page,
  guard,
}) => {
  test.setTimeout(180_000);
  const run = uniqueId();
  const person: Person = { name: "Carl Callback", email: `callback-${run}@example.com`, password: guard.password("of the callback owner") };
  const team = await signUp(page, person);
  const callbackUrl = receiver.url(`/callback/${run}`);
  const { id } = await runDbTask<{ id: string }>("create-video", { team, title: "Spring launch", callbackUrl });
  await runDbTask("move-video", { id, steps: [{ status: "completed" }] });
  const hit = await eventually(() => receiver.posts(`/callback/${run}`)[0], "the callback delivery");

  // The video's own delivery log, from the Videos page.
  await page.goto(`/${team}/videos`);
  const videoRow = page.locator(`tr[data-video-id="${id}"]`);
  await expect(videoRow).toHaveAttribute("data-status", "completed");
  await videoRow.getByRole("button", { name: "Actions for Spring launch" }).click();
  await page.getByRole("menuitem", { name: "Webhook deliveries" }).click();
  const dialog = page.getByRole("dialog", { name: "Webhook deliveries of Spring launch" });
  const delivery = dialog.getByTestId("delivery-row");
  await expect(delivery).toHaveAttribute("data-status", "succeeded", { timeout: 15_000 });
  await expect(delivery).toContainText("callback_url");
  await delivery.getByRole("button", { name: /Attempts of Video completed/ }).click();
  await expect(dialog.getByTestId("attempt-row")).toContainText("HTTP 200");
  await checkPage(page, "videos-deliveries");
  await dialog.getByRole("button", { name: "Redeliver" }).click();
  await expect(dialog.getByTestId("attempt-row")).toHaveCount(2, { timeout: 15_000 });
  await dialog.getByRole("button", { name: "Close" }).click();

  // The callback_url log on the Webhooks page.
  await page.goto(`/${team}/webhooks`);
  await page
    .getByRole("region", { name: /callback_url/ })
    .getByRole("link", { name: "Delivery log" })
    .click();
  await expect(page.getByRole("heading", { name: "callback_url deliveries" })).toBeVisible();
  await expect(page.getByTestId("delivery-row")).toContainText("Spring launch");
  await checkPage(page, "webhooks-callback-log");

  // Settings: masked until revealed; it is the secret that signed the callback; rotating replaces it.
  await page.goto(`/${team}/settings`);
  const field = page.getByLabel("Secret", { exact: true });
  await expect(field).toHaveValue(/^whsec_•+$/);
  await page.getByRole("button", { name: "Reveal" }).click();
  await expect(field).toHaveValue(/^whsec_[A-Za-z0-9+/=]+$/);
  const secret = await field.inputValue();
  guard.secret("the callback secret", secret, answerTo("GET", /\/callback-secret$/));
  expect(signed(hit, secret)).toBe(true);
  await page.getByRole("button", { name: "Hide" }).click();
  await expect(field).toHaveValue(/^whsec_•+$/);
  await checkPage(page, "settings-callback-secret");
  await page.getByRole("button", { name: "Rotate secret" }).click();
  await page.getByRole("dialog", { name: "Rotate the callback secret?" }).getByRole("button", { name: "Rotate secret" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Callback secret rotated" })).toBeVisible();
  const rotated = await field.inputValue();
  guard.secret("the rotated callback secret", rotated, answerTo("POST", /\/callback-secret\/rotate$/));
  expect(rotated).toMatch(/^whsec_/);
  expect(rotated).not.toBe(secret);
});

test("a member sees endpoints read-only, with who to ask", async ({ page, guard }) => {
  test.setTimeout(120_000);
  const run = uniqueId();
  const admin: Person = { name: "Olga Owner", email: `owner-${run}@example.com`, password: guard.password("of the owner") };
  const member: Person = { name: "Mo Member", email: `member-${run}@example.com`, password: guard.password("of the member") };
  const team = await signUp(page, admin);
  await page.goto(`/${team}/webhooks`);
  await page.getByRole("button", { name: "Add endpoint" }).click();
  await page.getByLabel("Endpoint URL").fill(receiver.url(`/member-view/${run}`));
  await page.getByRole("dialog").getByRole("button", { name: "Add endpoint" }).click();
  const secret = await page.getByLabel("Signing secret", { exact: true }).inputValue();
  guard.secret("the member test's endpoint secret", secret, answerTo("POST", /\/webhooks$/));
  await page.getByRole("button", { name: "I saved the secret" }).click();

  const memberPage = await (await guard.newContext()).newPage();
  await signUp(memberPage, member);
  await runDbTask("add-member", { team, email: member.email, role: "member" });
  await memberPage.goto(`/${team}/webhooks`);
  await expect(memberPage.getByRole("status").filter({ hasText: "View only" })).toContainText("Olga Owner");
  await expect(memberPage.getByTestId("endpoint-row")).toContainText(`/member-view/${run}`);
  await expect(memberPage.getByRole("button", { name: "Add endpoint" })).toHaveCount(0);
  await expect(memberPage.getByRole("button", { name: /^Actions for/ })).toHaveCount(0);
  await checkPage(memberPage, "webhooks-member-read-only");
  await memberPage.goto(`/${team}/settings`);
  await expect(memberPage.getByText("Only owners and admins can see or rotate the callback secret.")).toBeVisible();
  await expect(memberPage.getByRole("button", { name: "Reveal" })).toHaveCount(0);
});
