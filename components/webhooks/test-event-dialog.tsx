"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { useToast } from "@/components/ui/toast";
import { errorMessage } from "@/components/lib/api-client";
import { emittedEvents, eventLabels, webhookEventTypes, type WebhookEventType } from "@/components/webhooks/event-labels";
import { sendTestEvent, type EndpointView } from "@/components/webhooks/queries";

// Sends an example event (video_id "test_video_id"), signed and retried like a real one; it shows up in the log.
export function TestEventDialog({
  team,
  endpoint,
  open,
  onClose,
}: {
  team: string;
  endpoint: EndpointView;
  open: boolean;
  onClose: () => void;
}) {
  const queryClient = useQueryClient();
  const toast = useToast();
  const [type, setType] = useState<WebhookEventType>(emittedEvents(endpoint.events)?.[0] ?? webhookEventTypes[0]);
  const send = useMutation({
    mutationFn: () => sendTestEvent(team, endpoint.endpoint_id, type),
    onSuccess: async () => {
      // The overview (last delivery) and this endpoint's log both show it.
      await queryClient.invalidateQueries({ queryKey: ["teams", team, "webhooks"] });
      toast({
        title: "Test event sent",
        description: `${eventLabels[type].label} is on its way; its attempts appear in the delivery log.`,
      });
      close();
    },
  });
  function close() {
    send.reset();
    onClose();
  }
  return (
    <Dialog
      open={open}
      onClose={close}
      dismissible={!send.isPending}
      title="Send a test event"
      description={
        <>
          An example body with <code className="font-mono text-[13px] text-zinc-800">video_id: &quot;test_video_id&quot;</code>, signed with
          this endpoint&apos;s secret and retried like a real event.
        </>
      }
      footer={
        <>
          <Button variant="secondary" onClick={close} disabled={send.isPending}>
            Cancel
          </Button>
          <Button loading={send.isPending} onClick={() => send.mutate()}>
            Send test event
          </Button>
        </>
      }
    >
      <div className="space-y-4">
        {send.isError ? <Alert variant="danger">{errorMessage(send.error)}</Alert> : null}
        <fieldset>
          <legend className="mb-1.5 text-sm font-medium text-zinc-800">Event type</legend>
          <div className="divide-y divide-zinc-100 rounded-md border border-zinc-200">
            {webhookEventTypes.map((t) => (
              <label key={t} className="flex cursor-pointer items-center gap-3 px-3 py-2.5 hover:bg-zinc-50">
                <input
                  type="radio"
                  name="test-event-type"
                  className="size-4 accent-accent-600"
                  checked={type === t}
                  onChange={() => setType(t)}
                />
                <span className="text-sm font-medium text-zinc-900">{eventLabels[t].label}</span>
                <code className="font-mono text-xs text-zinc-500">{t}</code>
              </label>
            ))}
          </div>
        </fieldset>
      </div>
    </Dialog>
  );
}
