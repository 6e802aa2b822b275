import path from "node:path";
import { randomBytes } from "node:crypto";
import AxeBuilder from "@axe-core/playwright";
import { test as base, expect, type BrowserContext, type Page } from "@playwright/test";
import { recordSecrets } from "./server-log";

// Every e2e test runs under a guard that
// - aborts each request to a host other than loopback, and fails the test if any was attempted;
// - records every text/JSON response body and every console message of every context it opened,
//   and fails the test if any of them contains a password used, an API key secret or "$argon2", or if the
//   browser reported a Content-Security-Policy violation.
//   (An API key's secret may appear in the one response that creates it.)
// It also hands its secrets to global teardown, which looks for them in the server's own output.

type Recorded = { url: string; method: string; status: number; text: string };
type Secret = { label: string; value: string; allowIn?: (r: Recorded) => boolean };

const LOOPBACK = new Set(["127.0.0.1", "localhost", "[::1]"]);
const TEXTUAL = /(^text\/)|json|javascript|x-component|xml/;

export class Guard {
  readonly blocked: string[] = [];
  readonly bodies: Recorded[] = [];
  readonly console: string[] = [];
  private readonly pending: Promise<void>[] = [];
  private readonly secrets: Secret[] = [{ label: "an argon2 hash", value: "$argon2" }];
  private readonly extra: BrowserContext[] = [];

  constructor(private readonly open: () => Promise<BrowserContext>) {}

  async attach(context: BrowserContext): Promise<void> {
    await context.route("**/*", async (route) => {
      const url = new URL(route.request().url());
      if (LOOPBACK.has(url.hostname)) return route.continue();
      this.blocked.push(url.href);
      return route.abort("blockedbyclient");
    });
    context.on("response", (response) => {
      if (!TEXTUAL.test(response.headers()["content-type"] ?? "")) return;
      const request = response.request();
      this.pending.push(
        response.text().then(
          (text) => void this.bodies.push({ url: response.url(), method: request.method(), status: response.status(), text }),
          () => undefined, // redirects and aborted loads have no body
        ),
      );
    });
    context.on("console", (message) => void this.console.push(`[${message.type()}] ${message.text()}`));
    context.on("weberror", (error) => void this.console.push(`[pageerror] ${error.error().message}`));
  }

  // A second, fully guarded browser context (another user).
  async newContext(): Promise<BrowserContext> {
    const context = await this.open();
    await this.attach(context);
    this.extra.push(context);
    return context;
  }

  password(label: string): string {
    const value = `Pw-${randomBytes(12).toString("base64url")}`;
    this.secrets.push({ label: `the password ${label}`, value });
    return value;
  }

  secret(label: string, value: string, allowIn?: (r: Recorded) => boolean): void {
    this.secrets.push({ label, value, allowIn });
  }

  async flush(): Promise<void> {
    // Bodies keep arriving while we wait; loop until none is pending.
    while (this.pending.length) await Promise.all(this.pending.splice(0));
  }

  async finish(): Promise<void> {
    recordSecrets(this.secrets);
    await this.flush();
    for (const context of this.extra) await context.close();
    expect(this.blocked, "requests to hosts other than loopback were attempted").toEqual([]);
    const leaks: string[] = [];
    for (const s of this.secrets) {
      for (const r of this.bodies) {
        if (r.text.includes(s.value) && !s.allowIn?.(r)) leaks.push(`${s.label} in the response to ${r.method} ${r.url} (${r.status})`);
      }
      for (const line of this.console) if (line.includes(s.value)) leaks.push(`${s.label} in the browser console`);
    }
    expect(leaks, "secrets found in responses or the console").toEqual([]);
    // The pages' Content-Security-Policy (proxy.ts) must never get in the way of the app itself.
    const csp = this.console.filter((line) => /Content Security Policy/i.test(line));
    expect(csp, "the browser reported Content-Security-Policy violations").toEqual([]);
    expect(this.bodies.length, "no response bodies were recorded: the guard is not attached").toBeGreaterThan(0);
  }
}

// (The fixture callback is named `provide`, not `use`, so React's hook lint rule leaves it alone.)
export const test = base.extend<{ guard: Guard }>({
  guard: async ({ browser, baseURL }, provide) => {
    const guard = new Guard(() => browser.newContext({ baseURL }));
    await provide(guard);
    await guard.finish();
  },
  context: async ({ context, guard }, provide) => {
    await guard.attach(context);
    await provide(context);
    await guard.flush();
  },
});

export { expect };

export function uniqueId(): string {
  return `${Date.now().toString(36)}${randomBytes(3).toString("hex")}`;
}

// Axe (no serious or critical violations) and a full-page screenshot in tests/e2e/screenshots/<name>.png.
export async function checkPage(page: Page, name: string): Promise<void> {
  await page.waitForLoadState("load");
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  // A dialog or toast still fading in would be measured at part opacity (a false colour-contrast failure).
  await page.evaluate(() =>
    Promise.all(
      document
        .getAnimations()
        .filter((a) => a.effect?.getComputedTiming().iterations !== Infinity)
        .map((a) => a.finished.catch(() => undefined)),
    ),
  );
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id} (${v.impact}): ${v.help}\n    ${v.nodes.map((n) => n.target.join(" ")).join("\n    ")}`);
  expect.soft(serious, `accessibility violations on ${name}`).toEqual([]);
  await page.screenshot({
    path: path.join(test.info().project.testDir, "screenshots", `${name}.png`),
    fullPage: true,
    animations: "disabled",
  });
}
