import { randomBytes } from "node:crypto";
import path from "node:path";

// A fresh WAV path in the work directory, so the voices of several scenes can share one directory.
export function trackPath(workDir: string): string {
  return path.join(workDir, `voice-${randomBytes(6).toString("hex")}.wav`);
}
