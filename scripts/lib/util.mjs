// Small helpers shared by the scripts in scripts/. Node built-ins only: the launcher imports this before
// node_modules exists.
import { spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import net from "node:net";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..");

export const isRoot = typeof process.getuid === "function" && process.getuid() === 0;

const clock = () => new Date().toISOString().slice(11, 23);

export function formatMs(ms) {
  if (ms < 1000) return `${Math.round(ms)} ms`;
  if (ms < 60_000) return `${(ms / 1000).toFixed(1)} s`;
  return `${Math.floor(ms / 60_000)} min ${Math.round((ms % 60_000) / 1000)} s`;
}

/** A logger that prefixes each line with the time of day and a tag: `12:01:02.345 [start] message`. */
export function createLogger(tag) {
  const log = (msg) => console.log(`${clock()} [${tag}] ${msg}`);
  log.warn = (msg) => console.warn(`${clock()} [${tag}] warning: ${msg}`);
  log.error = (msg) => console.error(`${clock()} [${tag}] error: ${msg}`);
  /** Runs fn, then logs `label: <its result or "done"> (duration)`. */
  log.step = async (label, fn) => {
    const t0 = performance.now();
    try {
      const result = await fn();
      const note = typeof result === "string" ? result : "done";
      log(`${label}: ${note} (${formatMs(performance.now() - t0)})`);
      return result;
    } catch (err) {
      log.error(`${label}: failed after ${formatMs(performance.now() - t0)}`);
      throw err;
    }
  };
  return log;
}

/** The subprocesses started through run(), so a signal handler can stop them. */
export const activeChildren = new Set();

/** Signals a child started by run(): its whole process group when it has its own (detached). */
export function killTree(child, signal = "SIGTERM") {
  try {
    if (child.spawnargs && child.__ownGroup) process.kill(-child.pid, signal);
    else child.kill(signal);
  } catch {
    /* already gone */
  }
}

/**
 * Runs a command and resolves when it exits with 0; rejects otherwise (err.exitCode, err.output when
 * captured). options: cwd, env, capture (collect stdout+stderr instead of inheriting), input, detached (own
 * process group: a Ctrl-C in the terminal does not reach it).
 */
export function run(cmd, args, { cwd = repoRoot, env = process.env, capture = false, input, detached = false } = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, {
      cwd,
      env,
      detached,
      stdio: [input === undefined ? "ignore" : "pipe", capture ? "pipe" : "inherit", capture ? "pipe" : "inherit"],
    });
    child.__ownGroup = detached;
    activeChildren.add(child);
    let stdout = "";
    let stderr = "";
    if (capture) {
      child.stdout.on("data", (d) => (stdout += d));
      child.stderr.on("data", (d) => (stderr += d));
    }
    if (input !== undefined) child.stdin.end(input);
    child.on("error", (err) => {
      activeChildren.delete(child);
      reject(err);
    });
    child.on("close", (code, signal) => {
      activeChildren.delete(child);
      // Whatever the child left running in its group (a test server it forgot to stop) goes with it.
      if (detached) {
        try {
          process.kill(-child.pid, "SIGKILL");
        } catch {
          /* nothing left */
        }
      }
      if (code === 0) return resolve({ stdout, stderr });
      const err = new Error(
        `${path.basename(cmd)} ${args.join(" ")} exited with ${signal ?? code}` +
          (capture && (stderr || stdout) ? `\n${(stderr || stdout).trim()}` : ""),
      );
      err.exitCode = code ?? 1;
      err.stdout = stdout;
      err.stderr = stderr;
      reject(err);
    });
  });
}

export function sha256(...parts) {
  const h = createHash("sha256");
  for (const p of parts) h.update(typeof p === "string" ? p : (p ?? "")).update("\0");
  return h.digest("hex");
}

export function readIfExists(file) {
  try {
    return readFileSync(file, "utf8");
  } catch {
    return undefined;
  }
}

/** Resolves true when nothing listens on host:port (we can bind it). */
export function isPortFree(port, host = "127.0.0.1") {
  return new Promise((resolve) => {
    const srv = net.createServer();
    srv.unref();
    srv.once("error", () => resolve(false));
    srv.listen({ port, host, exclusive: true }, () => srv.close(() => resolve(true)));
  });
}

/** A port the OS says is free right now. */
export function freePort(host = "127.0.0.1") {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.once("error", reject);
    srv.listen({ port: 0, host }, () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

/** The URL without its password, for logs. */
export function redactUrl(url) {
  try {
    const u = new URL(url);
    if (u.password) u.password = "***";
    return u.toString();
  } catch {
    return "(unparseable URL)";
  }
}

/**
 * Loads KEY=VALUE lines from a .env file into process.env; variables already set win. Supports comments,
 * `export KEY=...`, single/double quotes (\n in double quotes). Returns the keys it set.
 */
export function loadDotEnv(file = path.join(repoRoot, ".env")) {
  if (!existsSync(file)) return [];
  const set = [];
  for (const raw of readFileSync(file, "utf8").split(/\r?\n/)) {
    const line = raw.trim();
    if (!line || line.startsWith("#")) continue;
    const m = /^(?:export\s+)?([A-Za-z_][A-Za-z0-9_]*)\s*=\s*(.*)$/.exec(line);
    if (!m) continue;
    const key = m[1];
    let value = m[2];
    if (/^"(.*)"$/.test(value)) value = value.slice(1, -1).replace(/\\n/g, "\n").replace(/\\"/g, '"');
    else if (/^'(.*)'$/.test(value)) value = value.slice(1, -1);
    else value = value.replace(/\s+#.*$/, "").trim();
    if (process.env[key] === undefined) {
      process.env[key] = value;
      set.push(key);
    }
  }
  return set;
}

/** Whether a process with this pid exists (EPERM: it does, owned by another user). */
export function processAlive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return err.code === "EPERM";
  }
}

export const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
