import "server-only";
import type { z } from "zod";
import type { Tx } from "@/lib/db";
import { ensureQueue, inTransaction, queue } from "@/lib/queue";
import type { JobDefinition } from "./define-job";

export type SendJobOptions = {
  // Inside the caller's transaction: the job exists only if the rows it belongs to do.
  tx?: Tx;
  // A deterministic id (lib/queue's jobId) or singleton key: sending the same job twice adds nothing.
  id?: string;
  singletonKey?: string;
  startAfter?: Date;
};

/** Sends a job after checking its payload against the job's schema; answers the job id (null when a
 * singleton or id already holds the place). */
export async function sendJob<S extends z.ZodType>(
  job: JobDefinition<S>,
  payload: z.input<S>,
  options: SendJobOptions = {},
): Promise<string | null> {
  const data = job.payload.parse(payload) as object;
  const boss = await queue();
  await ensureQueue(boss, job);
  const { tx, id, singletonKey, startAfter } = options;
  return boss.send(job.name, data, {
    ...(id ? { id } : {}),
    ...(singletonKey ? { singletonKey } : {}),
    ...(startAfter ? { startAfter } : {}),
    ...(tx ? { db: inTransaction(tx) } : {}),
  });
}
