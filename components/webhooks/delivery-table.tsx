"use client";

import { Fragment, useState } from "react";
import { Skeleton } from "@/components/ui/skeleton";
import { Table, Td, Th, Tr } from "@/components/ui/table";
import { cx } from "@/components/ui/cx";
import { formatTime } from "@/components/lib/format";
import { DeliveryAttempts } from "@/components/webhooks/delivery-attempts";
import { eventLabel } from "@/components/webhooks/event-labels";
import { DeliveryStatusBadge } from "@/components/webhooks/status-badges";
import type { Delivery } from "@/components/webhooks/queries";

export const hasPending = (deliveries: Delivery[] | undefined) => !!deliveries?.some((d) => d.status === "pending");

function Chevron({ open }: { open: boolean }) {
  return (
    <svg
      viewBox="0 0 16 16"
      className={cx("size-4 transition-transform", open && "rotate-90")}
      fill="none"
      stroke="currentColor"
      strokeWidth="1.5"
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden
    >
      <path d="m6 4 4 4-4 4" />
    </svg>
  );
}

function NextRetry({ d }: { d: Delivery }) {
  if (d.status === "pending" && d.nextAttemptAt)
    return <span className="text-zinc-700">{d.attemptCount ? formatTime(d.nextAttemptAt) : "Now"}</span>;
  if (d.status === "failed") return <span className="text-zinc-500">None left</span>;
  return <span className="text-zinc-500">—</span>;
}

// A delivery log: newest first (or a video's, oldest first); each row expands to its attempts.
// `second` picks the second column: the video (an endpoint's log) or the destination (a video's log).
export function DeliveryTable({
  team,
  deliveries,
  canManage,
  second,
  loading = false,
}: {
  team: string;
  deliveries: Delivery[];
  canManage: boolean;
  second: "video" | "destination";
  loading?: boolean;
}) {
  const [open, setOpen] = useState<Set<string>>(new Set());
  const toggle = (id: string) =>
    setOpen((prev) => {
      const next = new Set(prev);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  const columns = ["Event", second === "video" ? "Video" : "Sent to", "Status", "Last response", "Next retry"];

  return (
    <Table>
      <thead>
        <tr>
          <Th className="w-0">
            <span className="sr-only">Details</span>
          </Th>
          {columns.map((c) => (
            <Th key={c}>{c}</Th>
          ))}
        </tr>
      </thead>
      <tbody>
        {loading
          ? [0, 1, 2].map((i) => (
              <Tr key={i}>
                <Td colSpan={columns.length + 1}>
                  <Skeleton className="h-5 w-full" />
                </Td>
              </Tr>
            ))
          : deliveries.map((d) => {
              const expanded = open.has(d.id);
              const panelId = `delivery-${d.id}`;
              const title = d.videoTitle || (d.videoId ? "Untitled video" : "Test event");
              return (
                <Fragment key={d.id}>
                  <Tr data-testid="delivery-row" data-status={d.status} className={cx(expanded && "bg-zinc-50")}>
                    <Td className="w-0 pr-0">
                      <button
                        type="button"
                        aria-expanded={expanded}
                        aria-controls={expanded ? panelId : undefined}
                        onClick={() => toggle(d.id)}
                        className="-m-1 rounded-md p-1 text-zinc-500 hover:bg-zinc-100 hover:text-zinc-900 focus-visible:outline-2 focus-visible:outline-accent-600"
                      >
                        <Chevron open={expanded} />
                        <span className="sr-only">
                          Attempts of {eventLabel(d.eventType)} at {formatTime(d.createdAt)}
                        </span>
                      </button>
                    </Td>
                    <Td>
                      <div className="font-medium whitespace-nowrap text-zinc-900">{eventLabel(d.eventType)}</div>
                      <div className="text-xs whitespace-nowrap text-zinc-500">{formatTime(d.createdAt)}</div>
                    </Td>
                    <Td className="max-w-56">
                      {second === "video" ? (
                        <>
                          <div className="truncate text-zinc-900">{title}</div>
                          <div className="truncate font-mono text-xs text-zinc-500">{d.videoId ?? "test_video_id"}</div>
                        </>
                      ) : d.destination === "callback" ? (
                        <>
                          <div className="font-mono text-[13px] text-zinc-900">callback_url</div>
                          <div className="truncate font-mono text-xs text-zinc-500">{d.url}</div>
                        </>
                      ) : (
                        <>
                          <div className="text-zinc-900">Endpoint</div>
                          <div className="truncate font-mono text-xs text-zinc-500">{d.url}</div>
                        </>
                      )}
                    </Td>
                    <Td>
                      <DeliveryStatusBadge status={d.status} attempts={d.attemptCount} />
                      <div className="mt-1 text-xs whitespace-nowrap text-zinc-500 tabular-nums">
                        {d.attemptCount} {d.attemptCount === 1 ? "attempt" : "attempts"}
                      </div>
                    </Td>
                    <Td className="max-w-52">
                      {d.lastStatusCode !== null ? (
                        <span className="font-mono text-[13px] text-zinc-800">HTTP {d.lastStatusCode}</span>
                      ) : d.attemptCount ? (
                        <span className="text-red-700">No answer</span>
                      ) : (
                        <span className="text-zinc-500">—</span>
                      )}
                      {d.lastError ? (
                        <div className="line-clamp-2 text-xs text-red-700" title={d.lastError}>
                          {d.lastError}
                        </div>
                      ) : null}
                    </Td>
                    <Td className="text-[13px] whitespace-nowrap">
                      <NextRetry d={d} />
                    </Td>
                  </Tr>
                  {expanded ? (
                    <tr id={panelId} className="bg-zinc-50">
                      <td colSpan={columns.length + 1} className="border-b border-zinc-200 px-5 pt-1 pb-4">
                        <DeliveryAttempts team={team} delivery={d} canManage={canManage} />
                      </td>
                    </tr>
                  ) : null}
                </Fragment>
              );
            })}
      </tbody>
    </Table>
  );
}
