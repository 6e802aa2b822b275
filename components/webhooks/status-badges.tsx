import { Badge } from "@/components/ui/badge";
import { formatDateTime } from "@/components/lib/format";
import { eventLabel } from "@/components/webhooks/event-labels";
import type { Delivery, EndpointView, WebhooksOverview } from "@/components/webhooks/queries";

type LastDelivery = WebhooksOverview["callback"]["lastDelivery"];

export function EndpointStatusBadge({ endpoint }: { endpoint: Pick<EndpointView, "status" | "failing_since"> }) {
  if (endpoint.status === "disabled") return <Badge variant="danger">Disabled</Badge>;
  if (endpoint.failing_since) return <Badge variant="warning">Failing</Badge>;
  return <Badge variant="success">Enabled</Badge>;
}

export function DeliveryStatusBadge({ status, attempts }: { status: Delivery["status"]; attempts: number }) {
  if (status === "succeeded") return <Badge variant="success">Delivered</Badge>;
  if (status === "failed") return <Badge variant="danger">Failed</Badge>;
  // Pending: not tried yet, or waiting for its next retry.
  return attempts ? <Badge variant="warning">Retrying</Badge> : <Badge variant="neutral">Sending</Badge>;
}

// "Delivered · HTTP 200 / Nov 27, 2025, 13:40 UTC", or a quiet "No deliveries yet".
export function LastDeliveryCell({ last }: { last: LastDelivery }) {
  if (!last) return <span className="text-zinc-500">No deliveries yet</span>;
  return (
    <div className="space-y-1">
      <div className="flex items-center gap-2">
        <DeliveryStatusBadge status={last.status} attempts={last.attempts} />
        {last.statusCode !== null ? <span className="font-mono text-xs text-zinc-600">HTTP {last.statusCode}</span> : null}
      </div>
      <div className="text-xs whitespace-nowrap text-zinc-500">{formatDateTime(last.at)}</div>
    </div>
  );
}

export function EventBadges({ events }: { events: string[] | null }) {
  if (!events) return <Badge variant="accent">All events</Badge>;
  return (
    <span className="flex flex-wrap gap-1">
      {events.map((e) => (
        <Badge key={e}>{eventLabel(e)}</Badge>
      ))}
    </span>
  );
}
