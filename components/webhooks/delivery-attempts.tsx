"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { CopyButton } from "@/components/ui/copy-button";
import { Skeleton } from "@/components/ui/skeleton";
import { useToast } from "@/components/ui/toast";
import { errorMessage } from "@/components/lib/api-client";
import { formatTime } from "@/components/lib/format";
import { fetchAttempts, redeliver, webhookKeys, type Attempt, type Delivery } from "@/components/webhooks/queries";

function CodeBadge({ code }: { code: number | null }) {
  if (code === null) return <Badge variant="danger">No answer</Badge>;
  return <Badge variant={code >= 200 && code < 300 ? "success" : "danger"}>HTTP {code}</Badge>;
}

function AttemptsTable({ attempts }: { attempts: Attempt[] }) {
  return (
    <table className="w-full border-collapse text-left text-[13px]">
      <thead>
        <tr className="text-xs text-zinc-600">
          {["#", "Sent", "Response", "Latency", "Error", "Response body"].map((c) => (
            <th key={c} scope="col" className="border-b border-zinc-200 px-3 py-2 font-medium whitespace-nowrap">
              {c}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {attempts.map((a) => (
          <tr key={a.id} data-testid="attempt-row" className="align-top">
            <td className="border-b border-zinc-100 px-3 py-2 text-zinc-500 tabular-nums">{a.number}</td>
            <td className="border-b border-zinc-100 px-3 py-2 whitespace-nowrap text-zinc-700">{formatTime(a.attemptedAt)}</td>
            <td className="border-b border-zinc-100 px-3 py-2">
              <CodeBadge code={a.statusCode} />
            </td>
            <td className="border-b border-zinc-100 px-3 py-2 text-zinc-700 tabular-nums">{a.latencyMs} ms</td>
            <td className="border-b border-zinc-100 px-3 py-2 text-red-700 [overflow-wrap:anywhere]">
              {a.error ?? <span className="text-zinc-500">—</span>}
              {a.nextRetryAt ? <span className="mt-0.5 block text-zinc-600">Retry planned {formatTime(a.nextRetryAt)}</span> : null}
            </td>
            <td className="border-b border-zinc-100 px-3 py-2">
              {a.responseExcerpt ? (
                <pre
                  tabIndex={0}
                  aria-label={`Response body of attempt ${a.number}`}
                  className="max-h-20 max-w-64 overflow-auto rounded bg-zinc-100 px-2 py-1 font-mono text-xs whitespace-pre-wrap text-zinc-800"
                >
                  {a.responseExcerpt}
                </pre>
              ) : (
                <span className="text-zinc-500">—</span>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

// The expanded part of a delivery: its attempts, its event id (the webhook-id header) and Redeliver.
export function DeliveryAttempts({ team, delivery, canManage }: { team: string; delivery: Delivery; canManage: boolean }) {
  const queryClient = useQueryClient();
  const toast = useToast();
  // Keyed by the attempt count, so a new attempt seen in the (polled) list loads here too.
  const attempts = useQuery({
    queryKey: [...webhookKeys.attempts(team, delivery.id), delivery.attemptCount],
    queryFn: () => fetchAttempts(team, delivery.id),
  });
  const again = useMutation({
    mutationFn: () => redeliver(team, delivery.id),
    onSuccess: async () => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: ["teams", team, "webhooks"] }),
        delivery.videoId ? queryClient.invalidateQueries({ queryKey: webhookKeys.videoDeliveries(team, delivery.videoId) }) : null,
      ]);
      toast({ title: "Redelivery queued", description: "The same event, with the same id, is sent again now." });
    },
  });

  return (
    <div className="space-y-3 rounded-md border border-zinc-200 bg-white p-3" data-testid="delivery-attempts">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <div className="min-w-0 space-y-0.5 text-xs text-zinc-600">
          <p className="[overflow-wrap:anywhere]">
            To <span className="font-mono text-zinc-800">{delivery.url}</span>
          </p>
          <p className="flex items-center gap-1.5">
            Event id <span className="font-mono text-zinc-800">{delivery.eventId}</span>
            <CopyButton value={delivery.eventId} label="Copy id" variant="ghost" className="h-6 px-1.5 text-xs" />
          </p>
        </div>
        {canManage ? (
          <Button size="sm" variant="secondary" loading={again.isPending} onClick={() => again.mutate()}>
            Redeliver
          </Button>
        ) : null}
      </div>
      {again.isError ? <Alert variant="danger">{errorMessage(again.error)}</Alert> : null}
      {attempts.isPending ? (
        <div className="space-y-2" role="status" aria-label="Loading attempts">
          <Skeleton className="h-4 w-full" />
          <Skeleton className="h-4 w-2/3" />
        </div>
      ) : attempts.isError ? (
        <Alert variant="danger">{errorMessage(attempts.error)}</Alert>
      ) : attempts.data.length === 0 ? (
        <p className="text-[13px] text-zinc-600">Not attempted yet: the first attempt is on its way.</p>
      ) : (
        <div className="overflow-x-auto">
          <AttemptsTable attempts={attempts.data} />
        </div>
      )}
    </div>
  );
}
