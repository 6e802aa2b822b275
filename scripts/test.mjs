#!/usr/bin/env node
// `npm test`: typecheck → lint → unit → (test database, build) → integration → e2e, stopping at the first
// failure. `npm test -- integration` / `npm test -- e2e` (or npm run test:integration / test:e2e) run one
// part, with its database and build; further arguments go to that part's runner
// (`npm test -- e2e tests/e2e/videos.spec.ts`, `npm test -- integration tests/integration/videos.test.ts`).
//
// Hermetic: the developer's DATABASE_URL and app settings (AUTH_SECRET, SMTP_URL, ...) are not passed to
// the tests, and Next is told not to load .env files; the database comes from scripts/test-db.mjs. The app
// generates its own secrets into the database, so none are needed here.
import path from "node:path";
import { activeChildren, createLogger, formatMs, freePort, killTree, redactUrl, repoRoot, run } from "./lib/util.mjs";
import { ensureBuild, npmCommand } from "./lib/steps.mjs";

const log = createLogger("test");
const only = process.argv[2];
const passThrough = process.argv.slice(3);
if (only && !["integration", "e2e", "unit"].includes(only)) {
  log.error(`unknown part "${only}" (expected integration, e2e or unit)`);
  process.exit(2);
}

// Variables the app reads (see .env.example); tests get none of the developer's values.
const APP_VARS = [
  "DATABASE_URL",
  "EMBEDDED_PG_DIR",
  "PORT",
  "APP_URL",
  "TRUST_PROXY",
  "SIGNUP",
  "AUTH_SECRET",
  "STORAGE_DRIVER",
  "STORAGE_DIR",
  "STORAGE_URL_SECRET",
  "WORKER_CONCURRENCY",
  "ALLOWED_FETCH_HOSTS",
  "RENDER_CALLBACK_URL",
  "RENDER_CALLBACK_SECRET",
  "WEBHOOK_RETRY_BASE_SECONDS",
  "RECONCILE_AFTER_SECONDS",
  "ENCRYPTION_KEY",
  "ELEVENLABS_API_KEY",
  "TTS_OPENAI_BASE_URL",
  "TTS_OPENAI_API_KEY",
  "ELEVENLABS_BASE_URL",
  "TTS_OPENAI_MODEL",
  "TTS_OPENAI_VOICES",
  "SMTP_URL",
  "RATE_LIMITS",
  "VOICE_PREVIEW_CACHE_MB",
  "SMTP_FROM",
  "AUTH_URL",
  "NEXTAUTH_URL",
  "NEXTAUTH_SECRET",
];
const baseEnv = { ...process.env, NEXT_TELEMETRY_DISABLED: "1", __NEXT_PROCESSED_ENV: "true" };
for (const k of APP_VARS) delete baseEnv[k];

const results = [];
let db;
let failed;
const tAll = performance.now();

async function phase(name, fn) {
  const t0 = performance.now();
  log(`── ${name}`);
  try {
    await fn();
    results.push(`${name} ${formatMs(performance.now() - t0)}`);
    log(`── ${name}: ok (${formatMs(performance.now() - t0)})`);
  } catch (err) {
    results.push(`${name} FAILED ${formatMs(performance.now() - t0)}`);
    log.error(`${name} failed after ${formatMs(performance.now() - t0)}${err.exitCode ? "" : `: ${err.message}`}`);
    failed = name;
    throw err;
  }
}

// Each phase runs in its own process group: on Ctrl-C, or when it ends, nothing it started survives.
const node = (script, args, env) => run(process.execPath, [path.join(repoRoot, script), ...args], { env, detached: true });
const npmRun = (script, env) => {
  const [cmd, pre] = npmCommand();
  return run(cmd, [...pre, "run", "--silent", script], { env, detached: true });
};

async function provideDb() {
  const { provideTestDatabase } = await import("./test-db.mjs");
  await phase("database", async () => {
    db = await provideTestDatabase({ log: createLogger("test-db") });
    log(`${db.kind}: ${redactUrl(db.url)}`);
  });
}

// Integration and e2e tests both run the production server (tests/support/server.ts, playwright.config.ts).
async function build() {
  await phase("build", async () => {
    const { ensurePrismaClient } = await import("./generate.mjs");
    log(`prisma client: ${await ensurePrismaClient({ log })}`);
    log(`next build: ${await ensureBuild({ log, env: { ...baseEnv, NODE_ENV: "production" } })}`);
  });
}

const dbEnv = () => ({ ...baseEnv, NODE_ENV: "test", DATABASE_URL: db.url, AVATAR_STUDIO_TEST_DB: db.url });

async function integration() {
  await phase("integration", () =>
    node("node_modules/vitest/vitest.mjs", ["run", "--project", "integration", "--passWithNoTests", ...passThrough], dbEnv()),
  );
}

async function e2e() {
  const port = String(await freePort());
  // Where webhook specs run their receiver (allowed past the fetch guard: tests/e2e/support/ports.ts).
  let receiverPort = port;
  while (receiverPort === port) receiverPort = String(await freePort());
  await phase("e2e", () =>
    node("node_modules/@playwright/test/cli.js", ["test", "--pass-with-no-tests", ...passThrough], {
      ...dbEnv(),
      E2E_PORT: port,
      E2E_RECEIVER_PORT: receiverPort,
    }),
  );
}

async function main() {
  const testEnv = { ...baseEnv, NODE_ENV: "test" };
  if (!only) {
    await phase("typecheck", () => npmRun("typecheck", testEnv));
    await phase("lint", () => npmRun("lint", testEnv));
  }
  if (!only || only === "unit") {
    await phase("unit", () =>
      node("node_modules/vitest/vitest.mjs", ["run", "--project", "unit", "--passWithNoTests", ...passThrough], testEnv),
    );
  }
  if (only === "unit") return;
  await provideDb();
  await build();
  if (!only || only === "integration") await integration();
  if (!only) await phase("reset database", () => db.reset());
  if (!only || only === "e2e") await e2e();
}

let interrupted = false;
async function finish(code) {
  if (db) await db.stop().catch((err) => log.warn(`stopping the test database: ${err.message}`));
  const total = formatMs(performance.now() - tAll);
  const verdict = interrupted ? "INTERRUPTED" : code === 0 ? "PASS" : `FAIL (${failed ?? "setup"})`;
  log(`${verdict}: ${results.join(" · ") || "nothing ran"} — total ${total}`);
  process.exit(code);
}

for (const sig of ["SIGINT", "SIGTERM"]) {
  process.on(sig, () => {
    if (interrupted) process.exit(130);
    interrupted = true;
    for (const c of activeChildren) killTree(c, "SIGTERM");
    // The phase's rejection (its child died) then runs finish().
  });
}

main().then(
  () => finish(interrupted ? 130 : 0),
  (err) => {
    if (!err.exitCode && !failed) log.error(err.stack ?? err.message);
    return finish(interrupted ? 130 : 1);
  },
);
