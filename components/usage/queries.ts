import type { Usage, UsageSeries } from "@/lib/usage/minutes-per-day";
import { api } from "@/components/lib/api-client";

export type { Usage, UsageSeries };

export const usageKeys = {
  all: (team: string) => ["teams", team, "usage"] as const,
};

export function fetchUsage(team: string): Promise<Usage> {
  return api<Usage>(`/api/teams/${team}/usage`);
}

// One colour per creator, biggest first; beyond the palette the rest share the last (grey) one.
const seriesColours = [
  { fill: "fill-accent-600", swatch: "bg-accent-600" },
  { fill: "fill-emerald-500", swatch: "bg-emerald-500" },
  { fill: "fill-amber-500", swatch: "bg-amber-500" },
  { fill: "fill-sky-500", swatch: "bg-sky-500" },
  { fill: "fill-rose-500", swatch: "bg-rose-500" },
  { fill: "fill-zinc-400", swatch: "bg-zinc-400" },
] as const;
export const colourOf = (index: number) => seriesColours[Math.min(index, seriesColours.length - 1)]!;

const minutesFormat = new Intl.NumberFormat("en-US", { maximumFractionDigits: 1 });
export const formatMinutes = (m: number) => `${minutesFormat.format(m)} min`;

const dayFormat = new Intl.DateTimeFormat("en-US", { month: "short", day: "numeric", timeZone: "UTC" });
export const formatDay = (day: string) => dayFormat.format(new Date(`${day}T00:00:00Z`));
