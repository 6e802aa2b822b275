import { spawn, type ChildProcess } from "node:child_process";
import { stopChild } from "./stop-child";
import { createServer } from "node:net";
import { createWriteStream, existsSync, mkdirSync } from "node:fs";

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.unref();
    srv.on("error", reject);
    srv.listen(0, "127.0.0.1", () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => resolve(port));
    });
  });
}

export type RunningServer = { url: string; stop: () => Promise<void>; process: ChildProcess };

// Starts the built app (scripts/server.mjs, as in production) on a loopback port: a free one, or `port` when the
// caller reserved one (another process must know it in advance, e.g. in its ALLOWED_FETCH_HOSTS).
export async function startServer(env: Record<string, string | undefined>, logName: string, port?: number): Promise<RunningServer> {
  if (!existsSync(".next/BUILD_ID"))
    throw new Error("No production build: run the integration tests through `npm test` (it builds first).");
  port ??= await freePort();
  mkdirSync("test-results", { recursive: true });
  const log = createWriteStream(`test-results/${logName}.log`);
  const child = spawn(process.execPath, ["scripts/server.mjs"], {
    env: {
      ...process.env,
      ...env,
      PORT: String(port),
      HOSTNAME: env.HOSTNAME ?? "127.0.0.1",
      APP_URL: env.APP_URL ?? `http://127.0.0.1:${port}`,
      NODE_ENV: "production",
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  child.stdout?.pipe(log);
  child.stderr?.pipe(log);
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}; see test-results/${logName}.log`);
    try {
      const res = await fetch(`${url}/api/health`);
      if (res.status === 200 || res.status === 503) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`server did not answer within 60 s; see test-results/${logName}.log`);
    await new Promise((r) => setTimeout(r, 200));
  }
  return {
    url,
    process: child,
    stop: () => stopChild(child, 5000),
  };
}
