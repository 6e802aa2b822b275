import { defineConfig, devices } from "@playwright/test";
import { allowedFetchHosts, serverPort, speechPort } from "./tests/e2e/support/ports";

// `npm run test:e2e` (scripts/test.mjs) builds the app, provides DATABASE_URL (an empty, migrated test
// database) and free ports in E2E_PORT and E2E_RECEIVER_PORT (tests/e2e/support/ports.ts). Chromium comes
// from Debian (`apt-get install chromium`): `npx playwright install` cannot download browsers offline.
const port = serverPort;
const baseURL = `http://127.0.0.1:${port}`;

export default defineConfig({
  testDir: "tests/e2e",
  outputDir: "test-results",
  workers: 1,
  fullyParallel: false,
  forbidOnly: !!process.env.CI,
  retries: 0,
  reporter: "list",
  timeout: 60_000,
  use: {
    ...devices["Desktop Chrome"],
    baseURL,
    screenshot: "only-on-failure",
    trace: "off",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--disable-quic",
      ],
    },
  },
  globalSetup: "./tests/e2e/support/global-setup.ts",
  globalTeardown: "./tests/e2e/support/global-teardown.ts",
  webServer: {
    // The production server (Next behind scripts/server.mjs), as `npm start` runs it. Its output is kept
    // in tests/e2e/logs/server.log too: global teardown scans it for secrets (tests/e2e/support/server-log.ts).
    command: "mkdir -p tests/e2e/logs && node scripts/server.mjs 2>&1 | tee tests/e2e/logs/server.log",
    url: `${baseURL}/api/health`,
    reuseExistingServer: false,
    timeout: 120_000,
    stdout: "pipe",
    stderr: "pipe",
    env: {
      ...(process.env as Record<string, string>),
      DATABASE_URL: process.env.DATABASE_URL ?? "",
      NODE_ENV: "production",
      PORT: String(port),
      HOSTNAME: "127.0.0.1",
      APP_URL: baseURL,
      // The one loopback port where webhook tests run a receiver.
      ALLOWED_FETCH_HOSTS: allowedFetchHosts,
      // An operator's OpenAI-compatible speech server (trusted, as operator URLs are): tests/e2e/voices-remote.spec.ts.
      TTS_OPENAI_BASE_URL: `http://127.0.0.1:${speechPort}/v1`,
      TTS_OPENAI_VOICES: "alloy,nova:English:female",
      // Every test signs its people up from the one loopback address: more than a real network does in an hour.
      RATE_LIMITS: "signupPerIp=1000/hour,loginPerIp=1000/15min",
      // Do not load the developer's .env files into the server under test.
      __NEXT_PROCESSED_ENV: "true",
      NEXT_TELEMETRY_DISABLED: "1",
    },
  },
});
