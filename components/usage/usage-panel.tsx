"use client";

import Link from "next/link";
import { useQuery } from "@tanstack/react-query";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { buttonClasses } from "@/components/ui/button";
import { Card, CardHeader } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { UsageIcon } from "@/components/ui/icons";
import { PageHeader } from "@/components/ui/page-header";
import { Table, TableHead, Td, Tr } from "@/components/ui/table";
import { errorMessage } from "@/components/lib/api-client";
import { UsageChart } from "@/components/usage/usage-chart";
import { colourOf, fetchUsage, formatDay, formatMinutes, usageKeys, type Usage, type UsageSeries } from "@/components/usage/queries";

const kindLabel = (s: UsageSeries) => (s.kind === "user" ? "Member" : s.kind === "key" ? "API key" : "Removed");

function Stat({ label, value, hint }: { label: string; value: string; hint: string }) {
  return (
    <Card className="px-5 py-4">
      <div className="text-sm text-zinc-600">{label}</div>
      <div className="mt-1 text-2xl font-semibold tracking-tight text-zinc-900 tabular-nums">{value}</div>
      <div className="mt-1 text-xs text-zinc-500">{hint}</div>
    </Card>
  );
}

export function UsagePanel({ team, initial }: { team: string; initial: Usage }) {
  const query = useQuery({ queryKey: usageKeys.all(team), queryFn: () => fetchUsage(team), initialData: initial, refetchInterval: 60_000 });
  const usage = query.data;
  const sum = (kind: UsageSeries["kind"]) => usage.series.filter((s) => s.kind === kind).reduce((a, s) => a + s.total, 0);
  const activeDays = usage.totals.filter((t) => t > 0).length;
  const range = `${formatDay(usage.days[0]!)} – ${formatDay(usage.days.at(-1)!)}`;

  return (
    <>
      <PageHeader
        title="Usage"
        description={`Minutes of video rendered per day over the last 30 days (${range}, UTC), by member and by API key.`}
      />
      {query.isError ? (
        <Alert variant="danger" className="mb-4">
          {errorMessage(query.error)}
        </Alert>
      ) : null}
      {usage.total === 0 ? (
        <Card aria-label="Usage">
          <EmptyState
            icon={<UsageIcon className="size-5" />}
            title="Nothing rendered in the last 30 days"
            description="Each completed video counts its length here, on the day it finished, under the member or API key that made it."
          >
            <Link href={`/${team}/videos`} className={buttonClasses({ variant: "secondary" })}>
              Go to videos
            </Link>
          </EmptyState>
        </Card>
      ) : (
        <div className="space-y-6">
          <div className="grid gap-4 sm:grid-cols-3">
            <Stat label="Minutes rendered" value={formatMinutes(usage.total)} hint={`on ${activeDays} of the last 30 days`} />
            <Stat label="By members" value={formatMinutes(sum("user"))} hint="videos made in the studio" />
            <Stat label="By API keys" value={formatMinutes(sum("key"))} hint="videos made through the API" />
          </div>
          <Card aria-labelledby="usage-chart-title">
            <CardHeader
              titleId="usage-chart-title"
              title="Minutes rendered per day"
              description="Stacked by who made the video; hover a day for its figures."
            />
            <div className="px-5 pt-4 pb-2">
              <ul className="mb-3 flex flex-wrap gap-x-5 gap-y-2 text-sm text-zinc-700" aria-label="Legend">
                {usage.series.map((s, i) => (
                  <li key={s.key} className="flex items-center gap-2">
                    <span className={`size-2.5 rounded-sm ${colourOf(i).swatch}`} aria-hidden />
                    {s.name}
                  </li>
                ))}
              </ul>
              <UsageChart usage={usage} />
            </div>
          </Card>
          <Card aria-labelledby="usage-creators-title">
            <CardHeader titleId="usage-creators-title" title="By member and API key" description="Totals over the 30 days." />
            <Table>
              <TableHead columns={["Made by", "Kind", "Minutes", "Share"]} />
              <tbody>
                {usage.series.map((s, i) => (
                  <Tr key={s.key}>
                    <Td>
                      <span className="flex items-center gap-2 font-medium text-zinc-900">
                        <span className={`size-2.5 shrink-0 rounded-sm ${colourOf(i).swatch}`} aria-hidden />
                        {s.name}
                        {s.detail ? <span className="font-mono text-xs font-normal text-zinc-500">{s.detail}</span> : null}
                      </span>
                    </Td>
                    <Td>
                      <Badge variant={s.kind === "key" ? "accent" : "neutral"}>{kindLabel(s)}</Badge>
                    </Td>
                    <Td className="tabular-nums">{formatMinutes(s.total)}</Td>
                    <Td className="tabular-nums">{Math.round((s.total / usage.total) * 100)}%</Td>
                  </Tr>
                ))}
              </tbody>
            </Table>
          </Card>
          <details className="group rounded-lg border border-zinc-200 bg-white shadow-xs">
            <summary className="cursor-pointer px-5 py-3 text-sm font-medium text-zinc-900">Daily figures (the chart as a table)</summary>
            <Table>
              <TableHead columns={["Day (UTC)", ...usage.series.map((s) => s.name), "Total"]} />
              <tbody>
                {usage.days.map((day, i) => (
                  <Tr key={day}>
                    <Td className="whitespace-nowrap">{formatDay(day)}</Td>
                    {usage.series.map((s) => (
                      <Td key={s.key} className="tabular-nums">
                        {s.minutes[i] ? formatMinutes(s.minutes[i]!) : "—"}
                      </Td>
                    ))}
                    <Td className="font-medium tabular-nums">{formatMinutes(usage.totals[i]!)}</Td>
                  </Tr>
                ))}
              </tbody>
            </Table>
          </details>
        </div>
      )}
    </>
  );
}
