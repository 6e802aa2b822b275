#!/usr/bin/env node
// The launcher: `npm start` (web + one worker), `npm run web`, `npm run worker`.
//
//   1. load .env (variables already in the environment win)
//   2. npm install when node_modules is missing or package*.json changed
//   3. generate the Prisma client when prisma/schema.prisma changed
//   4. next build when a build input changed (web modes only)
//   5. database: DATABASE_URL, or an embedded PostgreSQL (scripts/lib/embedded-pg.mjs) when it is unset
//   6. apply SQL migrations (scripts/migrate.mjs)
//   7. start the web server (scripts/server.mjs, else `next start`) and/or the worker; wait for
//      /api/health; a child that dies is restarted (backoff 1 s doubling to 30 s; five deaths in a minute
//      stop everything); Ctrl-C stops everything
//
// Only node: built-ins are imported statically: this file must run before node_modules exists.
import { spawn } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import net from "node:net";
import path from "node:path";
import readline from "node:readline";
import { activeChildren, createLogger, formatMs, isPortFree, loadDotEnv, processAlive, redactUrl, repoRoot, sleep } from "./lib/util.mjs";
import { ensureBuild, ensureDeps } from "./lib/steps.mjs";

const argv = process.argv.slice(2);
const mode = argv.includes("--web") ? "web" : argv.includes("--worker") ? "worker" : "all";
const wantWeb = mode !== "worker";
const wantWorker = mode !== "web";
const log = createLogger(mode === "all" ? "start" : mode);
const t0 = performance.now();

/** Long-running children: name -> ChildProcess. */
const children = new Map();
let shuttingDown = false;
let embeddedPg; // handle from startEmbeddedPostgres
let pgStarting; // its promise while it starts

// --- leftovers of a launcher that was killed with SIGKILL ----------------------------------------------
// Children run in their own process groups (so a Ctrl-C reaches only us and we stop them in order), which
// means they survive a launcher killed with SIGKILL. Each launcher records its children in
// data/launcher/<pid>.json; the next launcher stops the leftovers and takes over an embedded PostgreSQL
// that the dead one had started.

const stateDir = path.join(repoRoot, "data", "launcher");
const stateFile = path.join(stateDir, `${process.pid}.json`);

function saveState() {
  mkdirSync(stateDir, { recursive: true });
  const state = {
    children: [...children.values()].map((c) => c.pid),
    pgDataDir: embeddedPg?.startedHere ? embeddedPg.dataDir : undefined,
  };
  writeFileSync(stateFile, JSON.stringify(state) + "\n");
}

/** Stops children of dead launchers; returns the data dirs of embedded PostgreSQLs they had started. */
async function reapLeftovers() {
  const orphanedPg = [];
  let files = [];
  try {
    files = readdirSync(stateDir).filter((f) => /^\d+\.json$/.test(f));
  } catch {
    return orphanedPg;
  }
  for (const f of files) {
    const launcherPid = Number(f.slice(0, -5));
    if (launcherPid === process.pid || processAlive(launcherPid)) continue;
    let state = {};
    try {
      state = JSON.parse(readFileSync(path.join(stateDir, f), "utf8"));
    } catch {
      /* half-written: nothing to do */
    }
    const leftovers = (state.children ?? []).filter((pid) => {
      // Only if that pid is still a node process (pids get reused).
      try {
        return /node|next-server/.test(readFileSync(`/proc/${pid}/cmdline`, "utf8"));
      } catch {
        return false;
      }
    });
    for (const pid of leftovers) {
      log.warn(`stopping pid ${pid}, left running by launcher ${launcherPid} (killed?)`);
      try {
        process.kill(-pid, "SIGTERM");
      } catch {
        /* gone */
      }
    }
    for (let i = 0; i < 100 && leftovers.some(processAlive); i++) await sleep(100);
    for (const pid of leftovers) {
      try {
        process.kill(-pid, "SIGKILL");
      } catch {
        /* gone */
      }
    }
    if (state.pgDataDir) orphanedPg.push(state.pgDataDir);
    rmSync(path.join(stateDir, f), { force: true });
  }
  return orphanedPg;
}

// --- shutdown -------------------------------------------------------------------------------------------

function killGroup(child, signal) {
  try {
    process.kill(-child.pid, signal); // the child and everything it spawned
  } catch {
    try {
      child.kill(signal);
    } catch {
      /* already gone */
    }
  }
}

async function stopChildren() {
  const alive = [...children.values()].filter((c) => c.exitCode === null && c.signalCode === null);
  for (const c of alive) killGroup(c, "SIGTERM");
  const exited = Promise.all(alive.map((c) => new Promise((r) => (c.exitCode !== null ? r() : c.once("exit", r)))));
  const timedOut = await Promise.race([exited.then(() => false), sleep(10_000).then(() => true)]);
  if (timedOut) {
    log.warn("children did not stop within 10 s; killing them");
    for (const c of alive) killGroup(c, "SIGKILL");
  }
  // next start leaves no grandchildren, but make sure nothing of the group survives.
  for (const c of alive) killGroup(c, "SIGKILL");
}

async function shutdown(code, reason) {
  if (shuttingDown) {
    if (reason === "SIGINT" || reason === "SIGTERM") {
      log.warn("second signal: killing everything now");
      for (const c of children.values()) killGroup(c, "SIGKILL");
      for (const c of activeChildren) c.kill("SIGKILL");
      process.exit(code || 130);
    }
    return;
  }
  shuttingDown = true;
  const ts = performance.now();
  log(`${reason}: stopping`);
  // pg_ctl runs in its own process group; let a start in progress finish so it can be stopped cleanly.
  if (pgStarting) embeddedPg = await pgStarting.catch(() => undefined);
  for (const c of activeChildren) c.kill("SIGTERM"); // npm install / next build in progress
  await stopChildren();
  if (embeddedPg?.startedHere) {
    await log.step("embedded PostgreSQL stopped", async () => {
      await embeddedPg.stop();
    });
  }
  rmSync(stateFile, { force: true });
  log(`stopped (${formatMs(performance.now() - ts)})`);
  process.exit(code);
}

process.on("SIGINT", () => void shutdown(0, "SIGINT"));
process.on("SIGTERM", () => void shutdown(0, "SIGTERM"));
process.on("SIGHUP", () => void shutdown(0, "SIGHUP"));
process.on("exit", () => {
  // Last resort (an uncaught error): never leave children behind.
  for (const c of children.values()) if (c.exitCode === null) killGroup(c, "SIGKILL");
  if (!embeddedPg?.startedHere) rmSync(stateFile, { force: true });
});

// --- children -------------------------------------------------------------------------------------------

// Restarts of a child that died: 1 s, doubling to 30 s; five deaths within a minute stop the launcher.
const RESTART_FIRST_MS = 1000;
const RESTART_MAX_MS = 30_000;
const DEATHS_ALLOWED = 5;
const DEATH_WINDOW_MS = 60_000;

function spawnChild(name, args, env) {
  const child = spawn(process.execPath, args, { cwd: repoRoot, env, detached: true, stdio: ["ignore", "pipe", "pipe"] });
  children.set(name, child);
  for (const [stream, out] of [
    [child.stdout, process.stdout],
    [child.stderr, process.stderr],
  ]) {
    readline.createInterface({ input: stream, crlfDelay: Infinity }).on("line", (line) => out.write(`[${name}] ${line}\n`));
  }
  return child;
}

/**
 * Starts a child in its own process group and keeps it running: when it dies, whatever it left in its group
 * (a worker's ffmpeg) is killed and it is started again after a backoff, while the other child keeps going.
 */
function startChild(name, args, env) {
  const deaths = [];
  let delay = RESTART_FIRST_MS;
  const launch = () => {
    const child = spawnChild(name, args, env);
    const startedAt = Date.now();
    child.on("error", (err) => {
      log.error(`${name}: ${err.message}`);
      void shutdown(1, `${name} failed to start`);
    });
    child.on("exit", (code, signal) => {
      if (shuttingDown) return;
      killGroup(child, "SIGKILL");
      const now = Date.now();
      deaths.push(now);
      while (deaths.length && now - deaths[0] > DEATH_WINDOW_MS) deaths.shift();
      if (deaths.length >= DEATHS_ALLOWED) {
        log.error(
          `${name} exited (${signal ?? `code ${code}`}), the ${DEATHS_ALLOWED}th time within ${DEATH_WINDOW_MS / 1000} s: giving up`,
        );
        void shutdown(1, `${name} keeps dying`);
        return;
      }
      if (now - startedAt > DEATH_WINDOW_MS) delay = RESTART_FIRST_MS;
      log.error(`${name} exited unexpectedly (${signal ?? `code ${code}`}); restarting it in ${delay / 1000} s`);
      setTimeout(() => {
        if (shuttingDown) return;
        const next = launch();
        log(`${name}: restarted (pid ${next.pid})`);
        saveState();
      }, delay);
      delay = Math.min(delay * 2, RESTART_MAX_MS);
    });
    return child;
  };
  return launch();
}

async function waitHealthy(url, timeoutMs = 120_000) {
  const deadline = Date.now() + timeoutMs;
  let last = "no answer";
  while (Date.now() < deadline) {
    if (shuttingDown) return false;
    try {
      const res = await fetch(url, { signal: AbortSignal.timeout(3000) });
      if (res.status === 200) return true;
      last = `HTTP ${res.status}`;
    } catch (err) {
      last = err.cause?.code ?? err.message;
    }
    await sleep(150);
  }
  throw new Error(`${url} did not answer 200 within ${formatMs(timeoutMs)} (last: ${last})`);
}

// --- main -----------------------------------------------------------------------------------------------

async function main() {
  const loaded = loadDotEnv();
  if (loaded.length) log(`loaded ${loaded.length} variable(s) from .env`);
  process.env.NEXT_TELEMETRY_DISABLED ??= "1";
  process.env.NODE_ENV ??= "production";

  const orphanedPg = await reapLeftovers();

  // The web port, checked before the slow steps.
  const port = Number(process.env.PORT || 3000);
  // HOSTNAME is usually the machine's name (Docker sets it to the container id): only an IP counts here.
  const host = net.isIP(process.env.HOSTNAME ?? "") ? process.env.HOSTNAME : "0.0.0.0";
  if (wantWeb && !(await isPortFree(port, host))) {
    throw new Error(`port ${port} is already in use; stop what uses it or set PORT`);
  }

  await log.step("dependencies", () => ensureDeps({ log }));

  const { ensurePrismaClient } = await import("./generate.mjs");
  await log.step("prisma client", () => ensurePrismaClient({ log }));

  if (wantWeb) await log.step("next build", () => ensureBuild({ log }));

  if (process.env.DATABASE_URL) {
    const { createDatabaseIfMissing } = await import("./lib/db-util.mjs");
    await log.step(`database ${redactUrl(process.env.DATABASE_URL)}`, async () =>
      (await createDatabaseIfMissing(process.env.DATABASE_URL)) === "created" ? "created" : "reachable",
    );
  } else {
    const { startEmbeddedPostgres } = await import("./lib/embedded-pg.mjs");
    await log.step("embedded PostgreSQL (DATABASE_URL unset)", async () => {
      pgStarting = startEmbeddedPostgres({ log: createLogger("postgres") });
      embeddedPg = await pgStarting;
      pgStarting = undefined;
      if (!embeddedPg.startedHere && orphanedPg.includes(embeddedPg.dataDir)) {
        embeddedPg.adopt(); // its launcher died: it is ours to stop now
        log("took over the embedded PostgreSQL left running by a killed launcher");
      }
      saveState();
      process.env.DATABASE_URL = embeddedPg.url;
      return `${embeddedPg.startedHere ? "started" : "already running"} at ${embeddedPg.url} (data: ${embeddedPg.dataDir})`;
    });
  }
  if (shuttingDown) return;

  const { migrate } = await import("./migrate.mjs");
  await log.step("migrations", async () => {
    const applied = await migrate(process.env.DATABASE_URL, { log: createLogger("migrate") });
    return applied.length ? `applied ${applied.length}` : "up to date";
  });
  if (shuttingDown) return;

  const env = { ...process.env };
  let web;
  let healthUrl;
  if (wantWeb) {
    const probeHost = host === "0.0.0.0" ? "127.0.0.1" : host === "::" ? "[::1]" : net.isIPv6(host) ? `[${host}]` : host;
    healthUrl = `http://${probeHost}:${port}/api/health`;
    // scripts/server.mjs wraps Next (client address from the socket); plain `next start` without it.
    const server = path.join("scripts", "server.mjs");
    const args = existsSync(path.join(repoRoot, server))
      ? [server]
      : [path.join("node_modules", "next", "dist", "bin", "next"), "start", "-p", String(port), "-H", host];
    web = startChild("web", args, { ...env, PORT: String(port), HOSTNAME: host });
    log(`web: ${args[0] === server ? server : "next start"} on ${host}:${port} (pid ${web.pid})`);
  }
  if (wantWorker) {
    const entry = path.join("lib", "worker", "index.ts");
    if (existsSync(path.join(repoRoot, entry))) {
      // Beside its own web server, the worker reports render status to it over loopback (not via APP_URL,
      // which may be a public address behind a proxy).
      const callback =
        wantWeb && !env.RENDER_CALLBACK_URL ? { RENDER_CALLBACK_URL: healthUrl.replace(/\/api\/health$/, "/api/callbacks/render") } : {};
      const worker = startChild("worker", ["--conditions=react-server", "--import", "tsx", entry], { ...env, ...callback });
      log(`worker: started (pid ${worker.pid})`);
    } else if (mode === "worker") {
      throw new Error(`${entry} does not exist yet`);
    } else {
      log.warn(`${entry} does not exist yet: running without a worker (jobs will wait)`);
    }
  }

  saveState();

  if (web) {
    const tw = performance.now();
    if (!(await waitHealthy(healthUrl))) return;
    const url = (process.env.APP_URL || `http://localhost:${port}`).replace(/\/+$/, "");
    log(
      `healthy after ${formatMs(performance.now() - tw)}: ${url}  (ready ${formatMs(performance.now() - t0)} after launch; Ctrl-C stops)`,
    );
  } else {
    log(`worker running (ready ${formatMs(performance.now() - t0)} after launch; Ctrl-C stops)`);
  }
}

main().catch((err) => {
  log.error(err.stack && process.env.DEBUG ? err.stack : err.message);
  void shutdown(1, "startup failed");
});
