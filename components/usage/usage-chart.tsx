"use client";

import { useState } from "react";
import { colourOf, formatDay, formatMinutes, type Usage } from "@/components/usage/queries";

const W = 720;
const H = 240;
const M = { top: 12, right: 8, bottom: 26, left: 44 };
const plotW = W - M.left - M.right;
const plotH = H - M.top - M.bottom;

// 1, 2 or 5 times a power of ten, so the axis reads 0, 5, 10, 15 rather than 0, 4.3, 8.6.
function niceStep(raw: number): number {
  const power = 10 ** Math.floor(Math.log10(raw));
  const unit = raw / power;
  return (unit <= 1 ? 1 : unit <= 2 ? 2 : unit <= 5 ? 5 : 10) * power;
}

/** Stacked bars of minutes per day, one colour per creator; the data is also in the page's tables. */
export function UsageChart({ usage }: { usage: Usage }) {
  const [active, setActive] = useState<number | null>(null);
  const max = Math.max(...usage.totals, 0.1);
  const step = niceStep(max / 4);
  const top = Math.ceil(max / step) * step;
  const ticks = Array.from({ length: Math.round(top / step) + 1 }, (_, i) => i * step);
  const band = plotW / usage.days.length;
  const barW = Math.max(band * 0.68, 2);
  const y = (m: number) => M.top + plotH - (m / top) * plotH;
  const busiest = usage.totals.indexOf(Math.max(...usage.totals));
  const shown = active ?? busiest;

  return (
    <figure className="space-y-3">
      <svg
        viewBox={`0 0 ${W} ${H}`}
        className="h-auto w-full"
        role="img"
        aria-label={`Minutes rendered per day from ${formatDay(usage.days[0]!)} to ${formatDay(usage.days.at(-1)!)}: ${formatMinutes(usage.total)} in all, most on ${formatDay(usage.days[busiest]!)} (${formatMinutes(usage.totals[busiest]!)}).`}
        onMouseLeave={() => setActive(null)}
      >
        {ticks.map((t) => (
          <g key={t}>
            <line x1={M.left} x2={W - M.right} y1={y(t)} y2={y(t)} className={t === 0 ? "stroke-zinc-300" : "stroke-zinc-100"} />
            <text x={M.left - 8} y={y(t)} dy="0.32em" textAnchor="end" className="fill-zinc-500 text-[11px] tabular-nums">
              {Number(t.toFixed(2))}
            </text>
          </g>
        ))}
        {usage.days.map((day, i) => {
          const x = M.left + i * band + (band - barW) / 2;
          let base = 0;
          return (
            <g key={day} onMouseEnter={() => setActive(i)} data-day={day}>
              {/* The whole column catches the pointer, so thin bars are easy to hover. */}
              <rect
                x={M.left + i * band}
                y={M.top}
                width={band}
                height={plotH}
                className={i === active ? "fill-zinc-100" : "fill-transparent"}
              />
              {usage.series.map((s, si) => {
                const m = s.minutes[i]!;
                if (!m) return null;
                const rect = (
                  <rect
                    key={s.key}
                    x={x}
                    y={y(base + m)}
                    width={barW}
                    height={Math.max(y(base) - y(base + m), 1)}
                    className={colourOf(si).fill}
                  />
                );
                base += m;
                return rect;
              })}
              {i % 7 === (usage.days.length - 1) % 7 ? (
                <text x={M.left + i * band + band / 2} y={H - 8} textAnchor="middle" className="fill-zinc-500 text-[11px]">
                  {formatDay(day)}
                </text>
              ) : null}
            </g>
          );
        })}
      </svg>
      <figcaption className="min-h-5 text-sm text-zinc-600">
        <span className="font-medium text-zinc-900">{formatDay(usage.days[shown]!)}</span>
        {active === null ? " (busiest day)" : null}: {formatMinutes(usage.totals[shown]!)}
        {usage.series
          .map((s) => [s.name, s.minutes[shown]!] as const)
          .filter(([, m]) => m > 0)
          .map(([name, m]) => ` · ${name} ${formatMinutes(m)}`)
          .join("")}
      </figcaption>
    </figure>
  );
}
