#!/usr/bin/env node
// `npm run db:new-migration -- <name> [--from <git-rev>]`
//
// Writes prisma/migrations/<UTC timestamp>_<name>/migration.sql with the SQL that turns the schema at
// <git-rev> (default HEAD) into the working copy's prisma/schema.prisma. Prisma 7's `migrate` needs a native
// engine it cannot download offline, so the diff comes from Prisma 6.19.3's wasm engine (package alias
// `prisma6`) with scripts/prisma6.config.ts. Prisma 6 wants `url` in the datasource and the
// `prisma-client-js` generator, so both schemas are rewritten into Prisma 6 form first.
// Review the SQL before committing it; apply it with `npm run db:migrate` (or just `npm start`).
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { canConnect } from "./lib/db-util.mjs";
import { createLogger, redactUrl, repoRoot, run } from "./lib/util.mjs";

const log = createLogger("new-migration");
const migrationsDir = path.join(repoRoot, "prisma", "migrations");

/** Prisma 7 schema text -> Prisma 6 schema text. */
export function toPrisma6(schema) {
  return schema
    .replace(/^(\s*generator\s+\w+\s*\{)([\s\S]*?)^\}/m, (_, head, body) => {
      const lines = body
        .split("\n")
        .filter((l) => !/^\s*(output|moduleFormat|runtime|generatedFileExtension|importFileExtension)\s*=/.test(l))
        .map((l) => l.replace(/^(\s*provider\s*=\s*)"prisma-client"/, '$1"prisma-client-js"'));
      return `${head}${lines.join("\n")}}`;
    })
    .replace(/^(\s*datasource\s+\w+\s*\{)([\s\S]*?)^\}/m, (_, head, body) => {
      const lines = body.split("\n").filter((l) => !/^\s*(url|directUrl|shadowDatabaseUrl)\s*=/.test(l));
      const i = lines.findIndex((l) => /^\s*provider\s*=/.test(l));
      lines.splice(i + 1, 0, '  url      = env("DATABASE_URL")');
      return `${head}${lines.join("\n")}}`;
    });
}

function usage(msg) {
  if (msg) log.error(msg);
  console.error("usage: npm run db:new-migration -- <name> [--from <git-rev>]   (name: lower_snake_case)");
  process.exit(2);
}

const args = process.argv.slice(2);
const fromIdx = args.indexOf("--from");
const rev = fromIdx >= 0 ? args[fromIdx + 1] : "HEAD";
if (fromIdx >= 0) args.splice(fromIdx, 2);
const name = args[0];
if (!name) usage();
if (!/^[a-z0-9][a-z0-9_]*$/.test(name)) usage(`invalid name "${name}"`);
if (!rev) usage("--from needs a git revision");

const existing = existsSync(migrationsDir)
  ? readdirSync(migrationsDir)
      .filter((d) => existsSync(path.join(migrationsDir, d, "migration.sql")))
      .sort()
  : [];

let oldSchema;
try {
  oldSchema = execFileSync("git", ["show", `${rev}:prisma/schema.prisma`], {
    cwd: repoRoot,
    encoding: "utf8",
    stdio: ["ignore", "pipe", "pipe"],
  });
} catch {
  if (existing.length) {
    usage(
      `cannot read prisma/schema.prisma at ${rev} (no commit yet?), and migrations already exist; ` +
        "pass --from <git-rev> of the schema the last migration was made from",
    );
  }
  log(`no prisma/schema.prisma at ${rev}: diffing from an empty database`);
}

const newSchema = readFileSync(path.join(repoRoot, "prisma", "schema.prisma"), "utf8");
const tmp = mkdtempSync(path.join(os.tmpdir(), "avatar-studio-migration-"));
const newFile = path.join(repoRoot, "prisma", ".schema6.prisma"); // scripts/prisma6.config.ts points here
const oldFile = path.join(tmp, "old.prisma");
writeFileSync(newFile, toPrisma6(newSchema));
if (oldSchema !== undefined) writeFileSync(oldFile, toPrisma6(oldSchema));

const cli = path.join(repoRoot, "node_modules", "prisma6", "build", "index.js");
if (!existsSync(cli)) usage("node_modules/prisma6 is missing: run `npm install`");

// Prisma 6's adapter (wasm engine) connects to a server even for a datamodel-to-datamodel diff, though it
// reads and writes nothing there. Any reachable PostgreSQL does; else a temporary embedded one.
let diffDbUrl = "postgresql://postgres@127.0.0.1:5432/postgres";
let stopDiffDb = async () => {};
if (!(await canConnect(diffDbUrl, 2000))) {
  if (process.env.DATABASE_URL && (await canConnect(process.env.DATABASE_URL, 3000))) {
    diffDbUrl = process.env.DATABASE_URL;
  } else {
    const { startEmbeddedPostgres } = await import("./lib/embedded-pg.mjs");
    const pg = await startEmbeddedPostgres({ ephemeral: true, database: "diff", log });
    diffDbUrl = pg.url;
    stopDiffDb = pg.stop;
  }
}
log(`Prisma 6 needs a database connection for the diff (nothing is changed there): ${redactUrl(diffDbUrl)}`);

const t0 = performance.now();
log(`diffing ${oldSchema === undefined ? "(empty)" : `${rev}:prisma/schema.prisma`} → working copy with Prisma 6 (takes ~15 s)`);
let sql;
try {
  const { stdout } = await run(
    process.execPath,
    [
      cli,
      "migrate",
      "diff",
      "--config",
      path.join("scripts", "prisma6.config.ts"),
      ...(oldSchema === undefined ? ["--from-empty"] : ["--from-schema-datamodel", oldFile]),
      "--to-schema-datamodel",
      newFile,
      "--script",
    ],
    {
      capture: true,
      env: {
        ...process.env,
        PRISMA_SCHEMA_ENGINE_BINARY: "/bin/true",
        PRISMA_QUERY_ENGINE_LIBRARY: "/bin/true",
        CHECKPOINT_DISABLE: "1",
        PRISMA_HIDE_UPDATE_MESSAGE: "1",
        DATABASE_URL: diffDbUrl,
      },
    },
  );
  sql = stdout;
} catch (err) {
  log.error(err.message);
  process.exitCode = 1;
} finally {
  rmSync(tmp, { recursive: true, force: true });
  await stopDiffDb();
}
if (sql === undefined) process.exit(1);

const meaningful = sql
  .split("\n")
  .filter((l) => l.trim() && !l.trim().startsWith("--"))
  .join("\n");
if (!meaningful) {
  log.error(
    `no schema changes between ${rev} and the working copy (${Math.round(performance.now() - t0)} ms). ` +
      "If you already committed the schema change, pass --from <the commit before it>.",
  );
  process.exit(1);
}

// UTC YYYYMMDDHHMMSS, always after the newest existing migration.
let stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
const last = existing.at(-1)?.slice(0, 14);
if (last && stamp <= last) stamp = String(BigInt(last) + 1n);
const dir = path.join(migrationsDir, `${stamp}_${name}`);
mkdirSync(dir, { recursive: true });
writeFileSync(path.join(dir, "migration.sql"), sql.endsWith("\n") ? sql : `${sql}\n`);
log(`wrote ${path.relative(repoRoot, dir)}/migration.sql (${sql.split("\n").length} lines, ${Math.round(performance.now() - t0)} ms)`);
log("review it, then `npm run db:migrate` (or `npm start`) applies it");
