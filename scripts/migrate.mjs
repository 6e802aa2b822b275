#!/usr/bin/env node
// Applies the committed SQL migrations in prisma/migrations/<timestamp>_<name>/migration.sql, in name order.
//
// - `_migrations` records (name, checksum sha256, applied_at) for each applied migration.
// - A session-level pg_advisory_lock serialises concurrent runs (web and worker starting together): the
//   second run waits, then finds nothing left to do.
// - Each migration runs in its own transaction together with its `_migrations` row. A migration whose SQL
//   contains the line `-- migrate:no-transaction` runs outside a transaction (CREATE INDEX CONCURRENTLY).
// - An applied migration whose file changed is refused: write a new migration instead of editing one.
//
// CLI: `npm run db:migrate` (uses DATABASE_URL). Module: `await migrate(url, { log })`.
import { readdirSync, readFileSync, existsSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { createLogger, repoRoot, sha256, redactUrl, loadDotEnv } from "./lib/util.mjs";

export const migrationsDir = path.join(repoRoot, "prisma", "migrations");

// Any constant works; it only has to be the same for every process that migrates this database.
const LOCK_KEY = 727_100_001;

/** [{ name, sql, checksum }] sorted by name. */
export function readMigrations(dir = migrationsDir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(path.join(dir, d.name, "migration.sql")))
    .map((d) => d.name)
    .sort()
    .map((name) => {
      const sql = readFileSync(path.join(dir, name, "migration.sql"), "utf8");
      return { name, sql, checksum: sha256(sql) };
    });
}

/**
 * Applies pending migrations to the database at databaseUrl. Returns the names it applied.
 * Throws when an applied migration's checksum no longer matches its file.
 */
export async function migrate(databaseUrl, { log = createLogger("migrate"), dir = migrationsDir } = {}) {
  if (!databaseUrl) throw new Error("migrate: no database URL (set DATABASE_URL)");
  const { default: pg } = await import("pg");
  const migrations = readMigrations(dir);
  const client = new pg.Client({ connectionString: databaseUrl, application_name: "avatar-studio-migrate" });
  await client.connect();
  const applied = [];
  try {
    await client.query("SELECT pg_advisory_lock($1)", [LOCK_KEY]);
    try {
      await client.query(`CREATE TABLE IF NOT EXISTS "_migrations" (
        "name" text PRIMARY KEY,
        "checksum" text NOT NULL,
        "applied_at" timestamptz NOT NULL DEFAULT now()
      )`);
      const { rows } = await client.query(`SELECT "name", "checksum" FROM "_migrations" ORDER BY "name"`);
      const done = new Map(rows.map((r) => [r.name, r.checksum]));

      const changed = migrations.filter((m) => done.has(m.name) && done.get(m.name) !== m.checksum);
      if (changed.length) {
        throw new Error(
          `migrate: applied migration(s) changed since they ran: ${changed.map((m) => m.name).join(", ")}.\n` +
            "  Restore the original migration.sql and put the change in a new migration " +
            "(npm run db:new-migration -- <name>).",
        );
      }
      const known = new Set(migrations.map((m) => m.name));
      const unknown = [...done.keys()].filter((n) => !known.has(n));
      if (unknown.length) {
        log.warn(`the database has migrations this checkout does not know (newer code ran here?): ${unknown.join(", ")}`);
      }

      for (const m of migrations) {
        if (done.has(m.name)) continue;
        const t0 = performance.now();
        const transactional = !/^\s*--\s*migrate:no-transaction\s*$/m.test(m.sql);
        try {
          if (transactional) await client.query("BEGIN");
          await client.query(m.sql);
          await client.query(`INSERT INTO "_migrations" ("name", "checksum") VALUES ($1, $2)`, [m.name, m.checksum]);
          if (transactional) await client.query("COMMIT");
        } catch (err) {
          if (transactional) await client.query("ROLLBACK").catch(() => {});
          err.message = `migrate: ${m.name} failed: ${err.message}`;
          throw err;
        }
        applied.push(m.name);
        log(`applied ${m.name} (${Math.round(performance.now() - t0)} ms)`);
      }
    } finally {
      await client.query("SELECT pg_advisory_unlock($1)", [LOCK_KEY]).catch(() => {});
    }
  } finally {
    await client.end().catch(() => {});
  }
  return applied;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const log = createLogger("migrate");
  loadDotEnv();
  const url = process.env.DATABASE_URL;
  if (!url) {
    log.error("DATABASE_URL is not set. (`npm start` provides an embedded database and migrates it itself.)");
    process.exit(1);
  }
  const t0 = performance.now();
  try {
    const applied = await migrate(url, { log });
    log(
      `${redactUrl(url)}: ${applied.length ? `applied ${applied.length} migration(s)` : "up to date, nothing to apply"} ` +
        `(${Math.round(performance.now() - t0)} ms)`,
    );
  } catch (err) {
    log.error(err.message);
    process.exit(1);
  }
}
