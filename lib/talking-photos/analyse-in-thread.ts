import "server-only";
import path from "node:path";
import { Piscina } from "piscina";
import type { AnalysisFiles, AnalysisResult } from "@/lib/render/photo/analyse-photo";

// One analysis thread per process, started on first use and stopped after a minute idle, so the models'
// memory (a few hundred MB) is not held by a server that is not analysing.
let threads: Piscina | undefined;
function pool(): Piscina {
  threads ??= new Piscina({
    filename: path.join(process.cwd(), "lib", "talking-photos", "analyse-thread.ts"),
    execArgv: ["--conditions=react-server", "--import", "tsx"],
    minThreads: 0,
    maxThreads: 1,
    idleTimeout: 60_000,
  });
  return threads;
}

export function analyseInThread(input: string, out: AnalysisFiles): Promise<AnalysisResult> {
  return pool().run({ input, out }) as Promise<AnalysisResult>;
}
