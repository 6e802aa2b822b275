// Like Promise.all, but waits for every task before rejecting with the first failure: a render step that
// fails must not leave a sibling ffmpeg writing into a temp dir that is about to be removed.
export async function settleAll(tasks: readonly (Promise<unknown> | undefined)[]): Promise<void> {
  const results = await Promise.allSettled(tasks);
  const failed = results.find((r): r is PromiseRejectedResult => r.status === "rejected");
  if (failed) throw failed.reason;
}
