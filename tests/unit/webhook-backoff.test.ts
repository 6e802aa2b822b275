import { describe, expect, it } from "vitest";
import { MAX_RETRY_DELAY_MS, nextAttemptAt, RETRY_WINDOW_MS } from "@/lib/webhooks/backoff";

describe("webhook retry schedule", () => {
  const start = new Date("2026-01-01T00:00:00Z");
  const until = new Date(start.getTime() + RETRY_WINDOW_MS);

  it("doubles the base delay after every attempt", () => {
    const delays = [1, 2, 3, 4, 5].map((n) => nextAttemptAt(n, start, until, 30)!.getTime() - start.getTime());
    expect(delays).toEqual([30_000, 60_000, 120_000, 240_000, 480_000]);
  });

  it("waits at most 4 hours and tries once more at the end of the 24 h window", () => {
    expect(nextAttemptAt(40, start, until, 30)!.getTime() - start.getTime()).toBe(MAX_RETRY_DELAY_MS);
    const late = new Date(until.getTime() - 60_000);
    expect(nextAttemptAt(12, late, until, 30)).toEqual(until);
    expect(nextAttemptAt(13, until, until, 30)).toBeNull();
  });

  it("retries for 24 hours with a 30 s base: about 14 attempts in all", () => {
    let now = start;
    let attempts = 1;
    for (let next = nextAttemptAt(attempts, now, until, 30); next; next = nextAttemptAt(attempts, now, until, 30)) {
      now = next;
      attempts++;
    }
    expect(now).toEqual(until);
    expect(attempts).toBeGreaterThan(10);
    expect(attempts).toBeLessThan(20);
  });
});
