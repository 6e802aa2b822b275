"use client";

import Link from "next/link";
import { useQuery } from "@tanstack/react-query";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { EmptyState } from "@/components/ui/empty-state";
import { WebhookIcon } from "@/components/ui/icons";
import { errorMessage } from "@/components/lib/api-client";
import { DeliveryTable, hasPending } from "@/components/webhooks/delivery-table";
import { fetchVideoDeliveries, webhookKeys } from "@/components/webhooks/queries";
import type { VideoRow } from "@/components/videos/queries";

// A video's webhook deliveries (its callback_url and the team's endpoints), with attempts and Redeliver.
export function VideoDeliveriesDialog({
  team,
  video,
  canManage,
  onClose,
}: {
  team: string;
  video: VideoRow;
  canManage: boolean;
  onClose: () => void;
}) {
  const deliveries = useQuery({
    queryKey: webhookKeys.videoDeliveries(team, video.id),
    queryFn: () => fetchVideoDeliveries(team, video.id),
    refetchInterval: (q) => (hasPending(q.state.data) ? 1000 : false),
  });
  return (
    <Dialog
      open
      onClose={onClose}
      size="xl"
      title={`Webhook deliveries of ${video.title || "this video"}`}
      description="What was sent when the video ended: to its callback_url and to the team's endpoints subscribed to the event."
      footer={
        <Button variant="secondary" onClick={onClose}>
          Close
        </Button>
      }
    >
      {deliveries.isError ? (
        <Alert variant="danger">{errorMessage(deliveries.error)}</Alert>
      ) : !deliveries.isPending && deliveries.data.length === 0 ? (
        <EmptyState
          className="py-8"
          icon={<WebhookIcon className="size-5" />}
          title="No deliveries for this video"
          description="It had no callback_url, and no endpoint of the team was subscribed to its event when it ended."
        >
          <Link href={`/${team}/webhooks`} className="text-sm font-medium text-accent-700 hover:underline">
            Manage webhook endpoints
          </Link>
        </EmptyState>
      ) : (
        <div className="-mx-6 border-y border-zinc-200">
          <DeliveryTable
            team={team}
            deliveries={deliveries.data ?? []}
            canManage={canManage}
            second="destination"
            loading={deliveries.isPending}
          />
        </div>
      )}
    </Dialog>
  );
}
