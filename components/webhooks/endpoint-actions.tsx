"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { MoreIcon } from "@/components/ui/icons";
import { Menu, MenuItem, MenuSeparator } from "@/components/ui/menu";
import { useToast } from "@/components/ui/toast";
import { errorMessage } from "@/components/lib/api-client";
import { ConfirmDialog } from "@/components/members/confirm-dialog";
import { EndpointFormDialog } from "@/components/webhooks/endpoint-form-dialog";
import { RotateSecretDialog } from "@/components/webhooks/rotate-secret-dialog";
import { TestEventDialog } from "@/components/webhooks/test-event-dialog";
import { deleteEndpoint, editEndpoint, webhookKeys, type EndpointView } from "@/components/webhooks/queries";

type Open = "edit" | "test" | "rotate" | "disable" | "delete" | null;

// Everything an admin can do to one endpoint: a menu (and, on the endpoint's page, a test button) and its dialogs.
export function EndpointActions({
  team,
  endpoint,
  showTestButton = false,
  onDeleted,
}: {
  team: string;
  endpoint: EndpointView;
  showTestButton?: boolean;
  onDeleted?: () => void;
}) {
  const queryClient = useQueryClient();
  const toast = useToast();
  const [open, setOpen] = useState<Open>(null);
  const close = () => setOpen(null);
  const refresh = () => queryClient.invalidateQueries({ queryKey: webhookKeys.overview(team) });

  const setEnabled = useMutation({
    mutationFn: (enabled: boolean) => editEndpoint(team, endpoint.endpoint_id, { enabled }),
    onSuccess: async (_d, enabled) => {
      await refresh();
      close();
      toast(
        enabled
          ? { title: "Endpoint enabled", description: "New events are sent to it again. Redeliver the ones it missed from its log." }
          : { title: "Endpoint disabled", description: "It gets no new events until you enable it." },
      );
    },
    onError: (error, enabled) => {
      if (enabled) toast({ title: "Could not enable the endpoint", description: errorMessage(error), variant: "error" });
    },
  });
  const remove = useMutation({
    mutationFn: () => deleteEndpoint(team, endpoint.endpoint_id),
    onSuccess: async () => {
      close();
      toast({ title: "Endpoint deleted", description: `Nothing more is sent to ${endpoint.url}.` });
      onDeleted?.();
      await refresh();
    },
  });
  const disabled = endpoint.status === "disabled";

  return (
    <div className="flex items-center justify-end gap-2">
      {showTestButton ? (
        <Button
          variant="secondary"
          onClick={() => setOpen("test")}
          disabled={disabled}
          title={disabled ? "Enable the endpoint to send a test event" : undefined}
        >
          Send test event
        </Button>
      ) : null}
      {showTestButton && disabled ? (
        <Button loading={setEnabled.isPending} onClick={() => setEnabled.mutate(true)}>
          Enable endpoint
        </Button>
      ) : null}
      <Menu
        label={`Actions for ${endpoint.url}`}
        align="end"
        buttonClassName={
          showTestButton
            ? "inline-flex h-9 items-center rounded-md border border-zinc-200 bg-white px-2.5 text-zinc-700 shadow-xs hover:bg-zinc-50 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-accent-600"
            : "rounded-md p-1.5 text-zinc-500 hover:bg-zinc-100 hover:text-zinc-900 focus-visible:outline-2 focus-visible:outline-accent-600"
        }
        button={
          <>
            <MoreIcon className="size-4" />
            <span className="sr-only">Actions for {endpoint.url}</span>
          </>
        }
      >
        <MenuItem onSelect={() => setOpen("edit")}>Edit URL and events</MenuItem>
        {!disabled && !showTestButton ? <MenuItem onSelect={() => setOpen("test")}>Send test event</MenuItem> : null}
        <MenuItem onSelect={() => setOpen("rotate")}>Rotate signing secret</MenuItem>
        {disabled ? (
          <MenuItem onSelect={() => setEnabled.mutate(true)}>Enable endpoint</MenuItem>
        ) : (
          <MenuItem onSelect={() => setOpen("disable")}>Disable endpoint</MenuItem>
        )}
        <MenuSeparator />
        <MenuItem onSelect={() => setOpen("delete")} className="text-red-700">
          Delete endpoint
        </MenuItem>
      </Menu>

      {open === "edit" ? <EndpointFormDialog team={team} endpoint={endpoint} open onClose={close} /> : null}
      {open === "test" ? <TestEventDialog team={team} endpoint={endpoint} open onClose={close} /> : null}
      {open === "rotate" ? <RotateSecretDialog team={team} endpoint={endpoint} open onClose={close} /> : null}
      <ConfirmDialog
        open={open === "disable"}
        title="Disable this endpoint?"
        description="It gets no new events, and deliveries waiting for a retry end as failed. Enable it again at any time and redeliver what it missed."
        confirmLabel="Disable endpoint"
        mutation={setEnabled}
        onConfirm={() => setEnabled.mutate(false)}
        onClose={close}
      />
      <ConfirmDialog
        open={open === "delete"}
        title="Delete this endpoint?"
        description={
          <>
            <span className="font-mono text-[13px] [overflow-wrap:anywhere] text-zinc-800">{endpoint.url}</span> gets nothing more, and its
            delivery log is deleted with it. This cannot be undone.
          </>
        }
        confirmLabel="Delete endpoint"
        mutation={remove}
        onConfirm={() => remove.mutate()}
        onClose={close}
      />
    </div>
  );
}
