// Minutes rendered per UTC day over a window of days ending today, one series per creator (a member or an
// API key). Pure: the rows come from lib/usage/team-usage.ts, the clock from the caller.

// detail: what tells two creators of the same name apart (a key's visible prefix).
export type UsageCreator = { kind: "user" | "key" | "unknown"; id: string | null; name: string; detail?: string | null };
export type UsageRow = { completedAt: Date; duration: number | null; creator: UsageCreator };
export type UsageSeries = UsageCreator & { key: string; minutes: number[]; total: number };
export type Usage = {
  // YYYY-MM-DD, oldest first; the last one is today (UTC).
  days: string[];
  series: UsageSeries[];
  // Per day, all creators together.
  totals: number[];
  total: number;
};

const USAGE_DAYS = 30;
const DAY_MS = 24 * 3600 * 1000;

/** 00:00 UTC of the first day of the window: today and the `days - 1` days before it. */
export function usageWindowStart(now: Date, days = USAGE_DAYS): Date {
  const today = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  return new Date(today - (days - 1) * DAY_MS);
}

// Rounded to a hundredth of a minute so sums of floats print cleanly.
const round = (n: number) => Math.round(n * 100) / 100;

export function minutesPerDay(rows: UsageRow[], now: Date, days = USAGE_DAYS): Usage {
  const start = usageWindowStart(now, days).getTime();
  const dayList = Array.from({ length: days }, (_, i) => new Date(start + i * DAY_MS).toISOString().slice(0, 10));
  const byKey = new Map<string, UsageSeries>();
  for (const row of rows) {
    const index = Math.floor((row.completedAt.getTime() - start) / DAY_MS);
    if (index < 0 || index >= days || !row.duration) continue;
    const key = `${row.creator.kind}:${row.creator.id ?? ""}`;
    let series = byKey.get(key);
    if (!series) {
      series = { ...row.creator, key, minutes: new Array<number>(days).fill(0), total: 0 };
      byKey.set(key, series);
    }
    series.minutes[index]! += row.duration / 60;
  }
  // Biggest first, so the chart's colours and the legend read in order of use.
  const series = [...byKey.values()]
    .map((s) => ({ ...s, minutes: s.minutes.map(round), total: round(s.minutes.reduce((a, b) => a + b, 0)) }))
    .sort((a, b) => b.total - a.total || a.name.localeCompare(b.name));
  const totals = dayList.map((_, i) => round(series.reduce((sum, s) => sum + s.minutes[i]!, 0)));
  return { days: dayList, series, totals, total: round(series.reduce((sum, s) => sum + s.total, 0)) };
}
