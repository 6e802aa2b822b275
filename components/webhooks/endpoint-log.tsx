"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useInfiniteQuery, useQuery, useQueryClient } from "@tanstack/react-query";
import { useEffect, type ReactNode } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card, CardHeader } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { WebhookIcon } from "@/components/ui/icons";
import { PageHeader } from "@/components/ui/page-header";
import { errorMessage } from "@/components/lib/api-client";
import { formatDateTime } from "@/components/lib/format";
import { EndpointActions } from "@/components/webhooks/endpoint-actions";
import { DeliveryTable, hasPending } from "@/components/webhooks/delivery-table";
import { EndpointStatusBadge, EventBadges } from "@/components/webhooks/status-badges";
import { fetchDeliveries, fetchOverview, webhookKeys, type EndpointSummary, type WebhooksOverview } from "@/components/webhooks/queries";

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="min-w-0 space-y-1">
      <dt className="text-xs font-medium text-zinc-500">{label}</dt>
      <dd className="text-sm text-zinc-800">{children}</dd>
    </div>
  );
}

function EndpointFacts({ endpoint }: { endpoint: EndpointSummary }) {
  return (
    <Card className="mb-6">
      <dl className="grid gap-5 px-5 py-4 sm:grid-cols-4">
        <Fact label="Status">
          <EndpointStatusBadge endpoint={endpoint} />
        </Fact>
        <Fact label="Events">
          <EventBadges events={endpoint.events} />
        </Fact>
        <Fact label="Failing since">
          {endpoint.failing_since ? <span className="text-amber-800">{formatDateTime(endpoint.failing_since)}</span> : "—"}
        </Fact>
        <Fact label="Added">{formatDateTime(endpoint.created_at)}</Fact>
      </dl>
    </Card>
  );
}

const host = (url: string) => {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
};

// The delivery log of one endpoint, or of the callback_url destination ("callback"), newest first, live.
export function EndpointLog({
  team,
  destination,
  canManage,
  initial,
}: {
  team: string;
  destination: string;
  canManage: boolean;
  initial: WebhooksOverview;
}) {
  const router = useRouter();
  const queryClient = useQueryClient();
  const deliveries = useInfiniteQuery({
    queryKey: webhookKeys.deliveries(team, destination),
    queryFn: ({ pageParam }) => fetchDeliveries(team, destination, pageParam),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.token,
    // Every second while a delivery is on its way or waiting for a retry.
    refetchInterval: (q) => (q.state.data?.pages.some((p) => hasPending(p.deliveries)) ? 1000 : false),
  });
  const rows = deliveries.data?.pages.flatMap((p) => p.deliveries) ?? [];
  const overview = useQuery({ queryKey: webhookKeys.overview(team), queryFn: () => fetchOverview(team), initialData: initial });
  // Each new attempt can change the endpoint's health too (failing, or disabled after 3 days): reload it then.
  const attemptsSeen = rows.reduce((sum, d) => sum + d.attemptCount, 0);
  useEffect(() => {
    if (attemptsSeen) void queryClient.invalidateQueries({ queryKey: webhookKeys.overview(team) });
  }, [attemptsSeen, queryClient, team]);
  const isCallback = destination === "callback";
  const endpoint = isCallback ? null : overview.data.endpoints.find((e) => e.endpoint_id === destination);

  const back = (
    <nav aria-label="Breadcrumb" className="mb-3 text-sm">
      <Link href={`/${team}/webhooks`} className="font-medium text-zinc-600 hover:text-zinc-900 hover:underline">
        Webhooks
      </Link>
      <span aria-hidden className="mx-2 text-zinc-400">
        /
      </span>
      <span aria-current="page" className="text-zinc-900">
        {isCallback ? "callback_url" : "Endpoint"}
      </span>
    </nav>
  );

  if (!isCallback && !endpoint) {
    return (
      <>
        {back}
        <Card>
          <EmptyState
            icon={<WebhookIcon className="size-5" />}
            title="This endpoint was deleted"
            description="It gets no more events, and its delivery log went with it."
          >
            <Link href={`/${team}/webhooks`} className="text-sm font-medium text-accent-700 hover:underline">
              Back to webhooks
            </Link>
          </EmptyState>
        </Card>
      </>
    );
  }

  return (
    <>
      {back}
      <PageHeader
        title={endpoint ? host(endpoint.url) : <>callback_url deliveries</>}
        description={
          endpoint ? (
            <span className="font-mono text-[13px] [overflow-wrap:anywhere] text-zinc-700">{endpoint.url}</span>
          ) : (
            <>
              Each video created with a <code className="font-mono text-[13px] text-zinc-800">callback_url</code> gets its success or
              failure POSTed there, signed with the team&apos;s{" "}
              <Link href={`/${team}/settings#callback-secret`} className="font-medium text-accent-700 hover:underline">
                callback secret
              </Link>
              .
            </>
          )
        }
        actions={
          endpoint && canManage ? (
            <EndpointActions team={team} endpoint={endpoint} showTestButton onDeleted={() => router.push(`/${team}/webhooks`)} />
          ) : null
        }
      />
      {endpoint?.status === "disabled" ? (
        <Alert variant="danger" title="This endpoint is disabled" className="mb-6">
          {endpoint.disabled_reason ?? "It gets no new events."}{" "}
          {canManage ? "Its deliveries can be redelivered once it is enabled." : "Ask an owner or admin to enable it."}
        </Alert>
      ) : null}
      {endpoint ? <EndpointFacts endpoint={endpoint} /> : null}
      <Card aria-labelledby="deliveries-title">
        <CardHeader
          titleId="deliveries-title"
          title="Deliveries"
          description="Newest first. Open one to see every attempt with its response; retries reuse the same event id for 24 hours."
        />
        {deliveries.isError ? (
          <div className="p-5">
            <Alert variant="danger">{errorMessage(deliveries.error)} Reload the page to try again.</Alert>
          </div>
        ) : !deliveries.isPending && rows.length === 0 ? (
          <EmptyState
            icon={<WebhookIcon className="size-5" />}
            title="No deliveries yet"
            description={
              isCallback
                ? "Create a video with callback_url in its request: when it completes or fails, the delivery shows up here."
                : canManage
                  ? "Send a test event to check your receiver, or wait for a video to complete or fail."
                  : "Deliveries show up here when a video completes or fails."
            }
          />
        ) : (
          <DeliveryTable team={team} deliveries={rows} canManage={canManage} second="video" loading={deliveries.isPending} />
        )}
        {deliveries.hasNextPage ? (
          <div className="flex justify-center border-t border-zinc-100 p-3">
            <Button variant="ghost" loading={deliveries.isFetchingNextPage} onClick={() => deliveries.fetchNextPage()}>
              Show older deliveries
            </Button>
          </div>
        ) : null}
      </Card>
    </>
  );
}
