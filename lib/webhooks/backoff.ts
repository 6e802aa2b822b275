// When a delivery that did not get a 2xx is tried again: the base delay, doubled after every attempt, at most
// 4 hours apart, and never later than the end of the retry window (24 hours after the event), so the last
// try happens at the end of the window. Null when the window is over.
export const RETRY_WINDOW_MS = 24 * 3600_000;
export const MAX_RETRY_DELAY_MS = 4 * 3600_000;

export function nextAttemptAt(attemptsMade: number, now: Date, retryUntil: Date, baseSeconds: number): Date | null {
  if (now.getTime() >= retryUntil.getTime()) return null;
  const delay = Math.min(baseSeconds * 1000 * 2 ** Math.max(0, attemptsMade - 1), MAX_RETRY_DELAY_MS);
  return new Date(Math.min(now.getTime() + delay, retryUntil.getTime()));
}
