// Provides an empty, migrated PostgreSQL database for integration and e2e tests. Never the developer's
// DATABASE_URL. In order of preference:
//   0. AVATAR_STUDIO_TEST_DB, set by scripts/test.mjs for its children (so a vitest globalSetup that calls
//      provideTestDatabase() reuses the runner's database);
//   1. TEST_DATABASE_URL, when set;
//   2. database `avatar_studio_test` on 127.0.0.1:5432 as user `postgres`, when that login works (created
//      if missing): the Debian PostgreSQL that .ci/run sets up. A second concurrent run on the same machine
//      gets its own `avatar_studio_test_<pid>`, dropped afterwards;
//   3. an embedded PostgreSQL in a temp dir on a free port (scripts/lib/embedded-pg.mjs), removed by stop().
// Every schema is dropped and recreated (public empty), then the migrations are applied.
//
// CLI (for poking around): `node scripts/test-db.mjs` prints the URL and holds the database (an embedded
// server keeps running) until Ctrl-C.
import { pathToFileURL } from "node:url";
import { canConnect, createDatabaseIfMissing, resetDatabase } from "./lib/db-util.mjs";
import { createLogger, redactUrl } from "./lib/util.mjs";
import { migrate } from "./migrate.mjs";

const LOCAL_ADMIN_URL = "postgresql://postgres@127.0.0.1:5432/postgres";
const LOCAL_DB = "avatar_studio_test";
const LOCK_KEY = 727_100_002;

/**
 * Two test runs on one machine (two clones, or CI next to a developer) must not wipe each other's
 * database. The run holding an advisory lock (kept on an open connection until stop()) gets
 * avatar_studio_test; a concurrent run gets avatar_studio_test_<pid>, dropped by stop().
 */
async function claimLocalDatabase(log) {
  const { default: pg } = await import("pg");
  const admin = new pg.Client({ connectionString: LOCAL_ADMIN_URL, application_name: "avatar-studio-test-lock" });
  await admin.connect();
  const { rows } = await admin.query("SELECT pg_try_advisory_lock($1) AS ok", [LOCK_KEY]);
  if (rows[0].ok) {
    // Leftovers of killed concurrent runs: avatar_studio_test_<pid> nobody is connected to.
    const stale = await admin.query(
      `SELECT datname FROM pg_database d WHERE datname ~ '^avatar_studio_test_[0-9]+$'
       AND NOT EXISTS (SELECT 1 FROM pg_stat_activity a WHERE a.datname = d.datname)`,
    );
    for (const { datname } of stale.rows) await admin.query(`DROP DATABASE IF EXISTS "${datname}"`).catch(() => {});
    return {
      url: `postgresql://postgres@127.0.0.1:5432/${LOCAL_DB}`,
      stop: async () => {
        await admin.end().catch(() => {});
      },
    };
  }
  const name = `${LOCAL_DB}_${process.pid}`;
  log(`another test run holds ${LOCAL_DB}; using ${name}`);
  return {
    url: `postgresql://postgres@127.0.0.1:5432/${name}`,
    stop: async () => {
      await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`).catch(() => {});
      await admin.end().catch(() => {});
    },
  };
}

function sameDatabase(a, b) {
  try {
    const x = new URL(a);
    const y = new URL(b);
    const norm = (u) => `${u.hostname.replace(/^localhost$/, "127.0.0.1")}:${u.port || 5432}${u.pathname}`;
    return norm(x) === norm(y);
  } catch {
    return false;
  }
}

/** Empties the database (all schemas) and applies the migrations again. */
export async function resetTestDatabase(url, { log = createLogger("test-db") } = {}) {
  await resetDatabase(url);
  await migrate(url, { log: Object.assign(() => {}, { warn: log.warn, error: log.error }) });
}

/**
 * Returns { url, stop, reset, kind } for an empty, migrated test database. Call `stop()` at the end: it
 * stops an embedded server (and deletes its files), releases the local lock or drops a per-run database;
 * it leaves TEST_DATABASE_URL alone.
 */
export async function provideTestDatabase({ log = createLogger("test-db") } = {}) {
  const devUrl = process.env.DATABASE_URL;
  let url;
  let kind;
  let stop = async () => {};

  if (process.env.AVATAR_STUDIO_TEST_DB) {
    // scripts/test.mjs provided one already (and passed it down as DATABASE_URL too).
    url = process.env.AVATAR_STUDIO_TEST_DB;
    kind = "provided by scripts/test.mjs";
  } else if (process.env.TEST_DATABASE_URL) {
    url = process.env.TEST_DATABASE_URL;
    kind = "TEST_DATABASE_URL";
    if (devUrl && sameDatabase(url, devUrl)) {
      throw new Error("TEST_DATABASE_URL points at the same database as DATABASE_URL; tests would wipe it");
    }
    await createDatabaseIfMissing(url);
  } else if (await canConnect(LOCAL_ADMIN_URL, 2000)) {
    ({ url, stop } = await claimLocalDatabase(log));
    kind = "local PostgreSQL on 127.0.0.1:5432";
    if (devUrl && sameDatabase(url, devUrl)) {
      await stop();
      throw new Error(`DATABASE_URL is ${redactUrl(devUrl)}, the test database; set TEST_DATABASE_URL elsewhere`);
    }
    await createDatabaseIfMissing(url);
  } else {
    const { startEmbeddedPostgres } = await import("./lib/embedded-pg.mjs");
    const pg = await startEmbeddedPostgres({ ephemeral: true, database: "avatar_studio_test", log });
    url = pg.url;
    kind = "embedded PostgreSQL (temporary)";
    stop = pg.stop;
  }
  try {
    await resetTestDatabase(url, { log });
  } catch (err) {
    await stop();
    throw err;
  }
  return { url, stop, kind, reset: () => resetTestDatabase(url, { log }) };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const log = createLogger("test-db");
  const db = await provideTestDatabase({ log });
  log(`${db.kind}: ${db.url}  (Ctrl-C releases it)`);
  const bye = async () => {
    await db.stop();
    process.exit(0);
  };
  process.on("SIGINT", bye);
  process.on("SIGTERM", bye);
  setInterval(() => {}, 1 << 30);
}
