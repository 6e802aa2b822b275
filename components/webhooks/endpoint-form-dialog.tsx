"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { Field, Input, fieldAria } from "@/components/ui/input";
import { useToast } from "@/components/ui/toast";
import { errorMessage, fieldError } from "@/components/lib/api-client";
import { emittedEvents, eventLabels, webhookEventTypes, type WebhookEventType } from "@/components/webhooks/event-labels";
import { createEndpoint, editEndpoint, webhookKeys, type EndpointView } from "@/components/webhooks/queries";
import { SecretOnce } from "@/components/webhooks/secret-once";

const urlHint = "Your server must answer an OPTIONS request with a 2xx within 1 s; we check it when you save.";

function EventCheckboxes({
  checked,
  onChange,
  error,
}: {
  checked: Set<WebhookEventType>;
  onChange: (next: Set<WebhookEventType>) => void;
  error: string | null;
}) {
  return (
    <fieldset className="space-y-2" aria-describedby={error ? "endpoint-events-error" : "endpoint-events-hint"}>
      <legend className="mb-1.5 text-sm font-medium text-zinc-800">Events</legend>
      <div className="divide-y divide-zinc-100 rounded-md border border-zinc-200">
        {webhookEventTypes.map((type) => (
          <div key={type} className="flex items-start gap-3 px-3 py-2.5 hover:bg-zinc-50">
            <input
              id={`event-${type}`}
              type="checkbox"
              aria-describedby={`event-${type}-description`}
              className="mt-0.5 size-4 shrink-0 cursor-pointer accent-accent-600"
              checked={checked.has(type)}
              onChange={(e) => {
                const next = new Set(checked);
                if (e.target.checked) next.add(type);
                else next.delete(type);
                onChange(next);
              }}
            />
            <div className="min-w-0">
              <label htmlFor={`event-${type}`} className="block cursor-pointer text-sm font-medium text-zinc-900">
                {eventLabels[type].label} <code className="ml-1 font-mono text-xs font-normal text-zinc-500">{type}</code>
              </label>
              <p id={`event-${type}-description`} className="text-[13px] text-zinc-600">
                {eventLabels[type].description}
              </p>
            </div>
          </div>
        ))}
      </div>
      {error ? (
        <p id="endpoint-events-error" className="text-[13px] text-red-700">
          {error}
        </p>
      ) : (
        <p id="endpoint-events-hint" className="text-[13px] text-zinc-500">
          With all three ticked, the endpoint also gets event types added later.
        </p>
      )}
    </fieldset>
  );
}

// Add (then show the secret once) or edit an endpoint: its URL and the events it receives.
export function EndpointFormDialog({
  team,
  endpoint,
  open,
  onClose,
}: {
  team: string;
  endpoint?: EndpointView;
  open: boolean;
  onClose: () => void;
}) {
  const queryClient = useQueryClient();
  const toast = useToast();
  const [url, setUrl] = useState(endpoint?.url ?? "");
  const [events, setEvents] = useState<Set<WebhookEventType>>(new Set(emittedEvents(endpoint?.events) ?? webhookEventTypes));
  const [noEvents, setNoEvents] = useState(false);
  const save = useMutation({
    mutationFn: () => {
      // Every type ticked means "all", which also covers types added later.
      const body = {
        url: url.trim(),
        events: events.size === webhookEventTypes.length ? null : webhookEventTypes.filter((t) => events.has(t)),
      };
      return endpoint ? editEndpoint(team, endpoint.endpoint_id, body) : createEndpoint(team, body);
    },
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: webhookKeys.overview(team) });
      if (endpoint) {
        toast({ title: "Endpoint saved" });
        close();
      }
    },
  });

  function close() {
    // Forget a new secret when the dialog closes: it is never shown again.
    save.reset();
    setNoEvents(false);
    setUrl(endpoint?.url ?? "");
    setEvents(new Set(emittedEvents(endpoint?.events) ?? webhookEventTypes));
    onClose();
  }

  const added = !endpoint && save.data?.secret ? save.data : null;
  const urlError = fieldError(save.error, "url");
  const eventsError = noEvents ? "Tick at least one event." : fieldError(save.error, "events");

  return (
    <Dialog
      open={open}
      onClose={close}
      dismissible={!save.isPending && !added}
      size={added ? "lg" : "md"}
      title={added ? "Save your signing secret" : endpoint ? "Edit endpoint" : "Add a webhook endpoint"}
      description={
        added ? (
          <>
            Events to <span className="font-mono text-[13px] [overflow-wrap:anywhere] text-zinc-800">{added.url}</span> are signed with this
            secret.
          </>
        ) : endpoint ? (
          "Changes apply to the next event. A new URL is checked like a new endpoint."
        ) : (
          "Your server gets a signed POST each time one of the events below happens."
        )
      }
      footer={added ? <Button onClick={close}>I saved the secret</Button> : undefined}
    >
      {added ? (
        <SecretOnce id="new-endpoint-secret" label="Signing secret" secret={added.secret!} />
      ) : (
        <form
          className="space-y-5"
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            if (events.size === 0) return setNoEvents(true);
            setNoEvents(false);
            save.mutate();
          }}
        >
          {save.isError && !urlError && !eventsError ? <Alert variant="danger">{errorMessage(save.error)}</Alert> : null}
          <Field id="endpoint-url" label="Endpoint URL" hint={urlHint} error={urlError}>
            <Input
              {...fieldAria("endpoint-url", { hint: urlHint, error: urlError })}
              type="url"
              inputMode="url"
              required
              maxLength={2048}
              autoFocus
              autoComplete="off"
              spellCheck={false}
              value={url}
              onChange={(e) => setUrl(e.target.value)}
              placeholder="https://example.com/webhooks/avatar-studio"
              className="font-mono text-[13px]"
            />
          </Field>
          <EventCheckboxes checked={events} onChange={setEvents} error={eventsError} />
          <div className="flex justify-end gap-2 pt-1">
            <Button variant="secondary" onClick={close} disabled={save.isPending}>
              Cancel
            </Button>
            <Button type="submit" loading={save.isPending} disabled={!url.trim()}>
              {endpoint ? "Save changes" : "Add endpoint"}
            </Button>
          </div>
        </form>
      )}
    </Dialog>
  );
}
