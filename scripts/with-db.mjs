#!/usr/bin/env node
// Runs an operator command (`npm run user|team|apikey|db:seed|db:migrate`) against the product's database:
// DATABASE_URL (from the environment or .env) when set, else the embedded PostgreSQL that `npm start` uses,
// reused while `npm start` runs it, or started for the command and stopped afterwards. Pending migrations
// are applied first. The command's own output is untouched on stdout; this script's notes go to stderr.
//
//   node scripts/with-db.mjs <entry.ts|--migrate-only> [args...]
import { spawn } from "node:child_process";
import path from "node:path";
import { loadDotEnv, repoRoot } from "./lib/util.mjs";
import { ensureDeps } from "./lib/steps.mjs";

const [entry, ...args] = process.argv.slice(2);
if (!entry) {
  console.error("usage: node scripts/with-db.mjs <entry.ts|--migrate-only> [args...]");
  process.exit(2);
}

// Notes on stderr, so a command's stdout (an API key secret, a reset link) can be captured as is.
function quietLogger(tag) {
  const log = (msg) => process.stderr.write(`[${tag}] ${msg}\n`);
  log.warn = (msg) => process.stderr.write(`[${tag}] warning: ${msg}\n`);
  log.error = (msg) => process.stderr.write(`[${tag}] error: ${msg}\n`);
  log.step = async (_label, fn) => fn();
  return log;
}
const log = quietLogger("db");

let embedded;
let child;
async function stopEmbedded() {
  if (embedded?.startedHere) await embedded.stop();
  embedded = undefined;
}
for (const signal of ["SIGINT", "SIGTERM"]) {
  process.on(signal, () => {
    // The command gets the signal from the terminal too; stop PostgreSQL once it has exited.
    if (!child) void stopEmbedded().then(() => process.exit(130));
  });
}

async function main() {
  loadDotEnv();
  await ensureDeps({ log });
  const { ensurePrismaClient } = await import("./generate.mjs");
  await ensurePrismaClient({ log });
  if (process.env.DATABASE_URL) {
    const { createDatabaseIfMissing } = await import("./lib/db-util.mjs");
    await createDatabaseIfMissing(process.env.DATABASE_URL);
  } else {
    const { startEmbeddedPostgres } = await import("./lib/embedded-pg.mjs");
    embedded = await startEmbeddedPostgres({ log: quietLogger("postgres") });
    process.env.DATABASE_URL = embedded.url;
    log(
      `DATABASE_URL unset: using the embedded PostgreSQL at ${embedded.url}` + (embedded.startedHere ? " (started for this command)" : ""),
    );
  }
  const { migrate } = await import("./migrate.mjs");
  const applied = await migrate(process.env.DATABASE_URL, { log: quietLogger("migrate") });
  if (applied.length || entry === "--migrate-only") {
    log(applied.length ? `applied ${applied.length} migration(s): ${applied.join(", ")}` : "migrations: up to date");
  }
  if (entry === "--migrate-only") return 0;

  child = spawn(process.execPath, ["--conditions=react-server", "--import", "tsx", path.resolve(repoRoot, entry), ...args], {
    cwd: process.cwd(),
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
    stdio: "inherit",
  });
  return new Promise((resolve) => child.on("exit", (code, signal) => resolve(code ?? (signal ? 1 : 0))));
}

main()
  .then(async (code) => {
    await stopEmbedded();
    process.exit(code);
  })
  .catch(async (err) => {
    log.error(err.message);
    await stopEmbedded();
    process.exit(1);
  });
