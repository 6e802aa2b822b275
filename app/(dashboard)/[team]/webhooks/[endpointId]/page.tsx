import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { roleCan } from "@/lib/auth/roles";
import { webhooksOverview } from "@/lib/webhooks/webhooks-overview";
import { EndpointLog } from "@/components/webhooks/endpoint-log";
import { loadTeamContext } from "@/app/(dashboard)/[team]/team-context";

export const metadata: Metadata = { title: "Webhook deliveries" };

// One endpoint's delivery log, or the callback_url's (`/[team]/webhooks/callback`).
export default async function EndpointLogPage({ params }: { params: Promise<{ team: string; endpointId: string }> }) {
  const { team: slug, endpointId } = await params;
  const { team } = await loadTeamContext(slug);
  const overview = await webhooksOverview(team.id);
  if (endpointId !== "callback" && !overview.endpoints.some((e) => e.endpoint_id === endpointId)) notFound();
  return <EndpointLog team={team.slug} destination={endpointId} canManage={roleCan(team.role, "webhooks.manage")} initial={overview} />;
}
