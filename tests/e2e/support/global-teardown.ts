import { scanServerLog, SERVER_LOG } from "./server-log";

// After every test: no password, API key secret or argon2 hash used in the run may appear in what the
// server printed (request logs, errors, Auth.js logger).
export default function globalTeardown(): void {
  const leaks = scanServerLog();
  if (leaks.length) throw new Error(`secrets leaked into the server's output (${SERVER_LOG}):\n  ${leaks.join("\n  ")}`);
}
