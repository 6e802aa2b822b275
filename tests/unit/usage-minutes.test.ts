import { describe, expect, it } from "vitest";
import { minutesPerDay, usageWindowStart, type UsageCreator } from "@/lib/usage/minutes-per-day";

const ana: UsageCreator = { kind: "user", id: "u1", name: "Ana" };
const ci: UsageCreator = { kind: "key", id: "k1", name: "CI (sk_ab…)" };
const now = new Date("2026-11-27T15:00:00Z");
const at = (iso: string, seconds: number, creator = ana) => ({ completedAt: new Date(iso), duration: seconds, creator });

describe("minutes rendered per day", () => {
  it("covers the 30 UTC days ending today, oldest first", () => {
    const usage = minutesPerDay([], now);
    expect(usage.days).toHaveLength(30);
    expect(usage.days[0]).toBe("2026-10-29");
    expect(usage.days.at(-1)).toBe("2026-11-27");
    expect(usageWindowStart(now).toISOString()).toBe("2026-10-29T00:00:00.000Z");
    expect(usage).toMatchObject({ series: [], total: 0 });
    expect(usage.totals.every((t) => t === 0)).toBe(true);
  });

  it("counts a video on the UTC day it completed (23:59:59 and 00:00 fall on different days)", () => {
    const usage = minutesPerDay([at("2026-11-25T23:59:59.999Z", 60), at("2026-11-26T00:00:00.000Z", 120)], now);
    const i = usage.days.indexOf("2026-11-25");
    expect(usage.series[0]!.minutes.slice(i, i + 2)).toEqual([1, 2]);
  });

  it("leaves out videos before the window's first midnight and after today", () => {
    const usage = minutesPerDay(
      [at("2026-10-28T23:59:59Z", 600), at("2026-10-29T00:00:00Z", 30), at("2026-11-28T00:00:01Z", 600), at("2026-11-27T23:00:00Z", 90)],
      now,
    );
    expect(usage.totals[0]).toBe(0.5);
    expect(usage.totals.at(-1)).toBe(1.5);
    expect(usage.total).toBe(2);
  });

  it("groups by creator, biggest first, with per-day totals across creators", () => {
    const usage = minutesPerDay(
      [
        at("2026-11-27T01:00:00Z", 90),
        at("2026-11-27T02:00:00Z", 30),
        at("2026-11-27T03:00:00Z", 300, ci),
        at("2026-11-20T03:00:00Z", 60, ci),
      ],
      now,
    );
    expect(usage.series.map((s) => [s.kind, s.name, s.total])).toEqual([
      ["key", "CI (sk_ab…)", 6],
      ["user", "Ana", 2],
    ]);
    expect(usage.totals.at(-1)).toBe(7);
    expect(usage.totals[usage.days.indexOf("2026-11-20")]).toBe(1);
    expect(usage.total).toBe(8);
  });

  it("keeps two members with the same name apart and skips videos without a duration", () => {
    const twin: UsageCreator = { kind: "user", id: "u2", name: "Ana" };
    const usage = minutesPerDay(
      [at("2026-11-27T01:00:00Z", 60), at("2026-11-27T01:00:00Z", 60, twin), { ...at("2026-11-27T01:00:00Z", 0), duration: null }],
      now,
    );
    expect(usage.series).toHaveLength(2);
    expect(usage.total).toBe(2);
  });
});
