"use client";

import Link from "next/link";
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button, buttonClasses } from "@/components/ui/button";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PlusIcon, WebhookIcon } from "@/components/ui/icons";
import { PageHeader } from "@/components/ui/page-header";
import { Table, TableHead, Td, Tr } from "@/components/ui/table";
import { errorMessage } from "@/components/lib/api-client";
import { formatDateTime } from "@/components/lib/format";
import { AskAnAdmin, type Manager } from "@/components/dashboard/ask-an-admin";
import { EndpointActions } from "@/components/webhooks/endpoint-actions";
import { EndpointFormDialog } from "@/components/webhooks/endpoint-form-dialog";
import { EndpointStatusBadge, EventBadges, LastDeliveryCell } from "@/components/webhooks/status-badges";
import { fetchOverview, webhookKeys, type EndpointSummary, type WebhooksOverview } from "@/components/webhooks/queries";

// Why an endpoint is disabled (or since when it fails), in words, where the team looks first.
function EndpointHealth({ endpoint }: { endpoint: EndpointSummary }) {
  if (endpoint.status === "disabled") {
    return (
      <p className="mt-1.5 line-clamp-3 max-w-xs text-xs leading-5 text-red-700" title={endpoint.disabled_reason ?? undefined}>
        {endpoint.disabled_reason ?? "Disabled."}
      </p>
    );
  }
  if (endpoint.failing_since) {
    return <p className="mt-1.5 text-xs whitespace-nowrap text-amber-800">Failing since {formatDateTime(endpoint.failing_since)}</p>;
  }
  return null;
}

const anyPending = (o: WebhooksOverview | undefined) =>
  !!o && [o.callback, ...o.endpoints].some((e) => e.lastDelivery?.status === "pending");

export function WebhooksPanel({
  team,
  teamName,
  canManage,
  managers,
  initial,
}: {
  team: string;
  teamName: string;
  canManage: boolean;
  managers: Manager[];
  initial: WebhooksOverview;
}) {
  const [adding, setAdding] = useState(false);
  const overview = useQuery({
    queryKey: webhookKeys.overview(team),
    queryFn: () => fetchOverview(team),
    initialData: initial,
    // Live while a delivery is on its way, so "last delivery" settles without a reload.
    refetchInterval: (q) => (anyPending(q.state.data) ? 1000 : false),
  });
  const { endpoints, callback } = overview.data;
  const disabled = endpoints.filter((e) => e.status === "disabled");
  const addButton = (
    <Button onClick={() => setAdding(true)}>
      <PlusIcon className="size-4" />
      Add endpoint
    </Button>
  );
  const adminNames = managers.map((m) => m.name || m.email).join(", ");

  return (
    <>
      <PageHeader
        title="Webhooks"
        description={`Signed HTTP POSTs to your servers when a video of ${teamName} completes, fails or gets its GIF preview. Every attempt is logged.`}
        actions={canManage && endpoints.length ? addButton : null}
      />
      <div className="space-y-6">
        {overview.isError ? <Alert variant="danger">{errorMessage(overview.error)}</Alert> : null}
        {!canManage && endpoints.length ? (
          <Alert title="View only">
            You can see the endpoints and their deliveries. Only owners and admins{adminNames ? ` (${adminNames})` : ""} can add, change or
            test them: ask an admin.
          </Alert>
        ) : null}
        {disabled.map((e) => (
          <Alert
            key={e.endpoint_id}
            variant="danger"
            title={
              <>
                Endpoint disabled: <span className="font-mono text-[13px]">{e.url}</span>
              </>
            }
          >
            <p>{e.disabled_reason ?? "It was disabled."}</p>
            <p className="mt-1">
              <Link href={`/${team}/webhooks/${e.endpoint_id}`} className="font-medium underline underline-offset-2">
                Open its delivery log
              </Link>{" "}
              to see the failing responses{canManage ? " and enable it again" : ""}.
            </p>
          </Alert>
        ))}

        {endpoints.length === 0 && !canManage ? (
          <AskAnAdmin
            title="Ask an admin to add a webhook endpoint"
            description={`Only owners and admins of ${teamName} add webhook endpoints. Ask one of them to point one at your server.`}
            managers={managers}
          />
        ) : (
          <Card aria-label="Webhook endpoints">
            {endpoints.length === 0 ? (
              <EmptyState
                icon={<WebhookIcon className="size-5" />}
                title="No webhook endpoints yet"
                description="Add an endpoint and your server gets a signed POST when a video completes, fails or its GIF preview is ready, retried for 24 hours until it answers 2xx."
              >
                {addButton}
              </EmptyState>
            ) : (
              <Table>
                <TableHead columns={["Endpoint", "Status", "Last delivery"]} actions />
                <tbody>
                  {endpoints.map((e) => (
                    <Tr key={e.endpoint_id} data-testid="endpoint-row" data-status={e.status}>
                      <Td className="max-w-md">
                        <Link
                          href={`/${team}/webhooks/${e.endpoint_id}`}
                          className="block font-mono text-[13px] font-medium [overflow-wrap:anywhere] text-zinc-900 hover:underline focus-visible:rounded-sm focus-visible:outline-2 focus-visible:outline-accent-600"
                        >
                          {e.url}
                        </Link>
                        <div className="mt-1.5">
                          <EventBadges events={e.events} />
                        </div>
                      </Td>
                      <Td>
                        <EndpointStatusBadge endpoint={e} />
                        <EndpointHealth endpoint={e} />
                      </Td>
                      <Td>
                        <LastDeliveryCell last={e.lastDelivery} />
                      </Td>
                      <Td>
                        <div className="flex items-center justify-end gap-2">
                          <Link
                            href={`/${team}/webhooks/${e.endpoint_id}`}
                            className={buttonClasses({ variant: "secondary", size: "sm" })}
                            aria-label={`Delivery log of ${e.url}`}
                          >
                            Delivery log
                          </Link>
                          {canManage ? <EndpointActions team={team} endpoint={e} /> : null}
                        </div>
                      </Td>
                    </Tr>
                  ))}
                </tbody>
              </Table>
            )}
          </Card>
        )}

        <Card aria-labelledby="callback-title">
          <CardHeader
            titleId="callback-title"
            title={
              <>
                Per-video <code className="font-mono text-[14px]">callback_url</code>
              </>
            }
            description="A video created with a callback_url gets its success or failure POSTed there too, signed with the team's callback secret."
            actions={
              <Link href={`/${team}/webhooks/callback`} className={buttonClasses({ variant: "secondary", size: "sm" })}>
                Delivery log
              </Link>
            }
          />
          <CardBody className="flex flex-wrap items-center justify-between gap-4">
            <div className="text-sm">
              <p className="mb-1 text-xs font-medium text-zinc-500">Last delivery</p>
              <LastDeliveryCell last={callback.lastDelivery} />
            </div>
            <Link href={`/${team}/settings#callback-secret`} className="text-sm font-medium text-accent-700 hover:underline">
              Callback secret in Settings
            </Link>
          </CardBody>
        </Card>
      </div>
      {adding ? <EndpointFormDialog team={team} open onClose={() => setAdding(false)} /> : null}
    </>
  );
}
