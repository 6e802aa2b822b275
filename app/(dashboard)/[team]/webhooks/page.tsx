import type { Metadata } from "next";
import { roleCan } from "@/lib/auth/roles";
import { listMembers } from "@/lib/teams/members";
import { webhooksOverview } from "@/lib/webhooks/webhooks-overview";
import { WebhooksPanel } from "@/components/webhooks/webhooks-panel";
import { loadTeamContext, type TeamParams } from "@/app/(dashboard)/[team]/team-context";

export const metadata: Metadata = { title: "Webhooks" };

export default async function WebhooksPage({ params }: TeamParams) {
  const { team } = await loadTeamContext((await params).team);
  const canManage = roleCan(team.role, "webhooks.manage");
  const [overview, managers] = await Promise.all([
    webhooksOverview(team.id),
    // Members see who to ask; managers need no list.
    canManage
      ? Promise.resolve([])
      : listMembers(team.id).then((all) =>
          all.filter((m) => roleCan(m.role, "webhooks.manage")).map(({ name, email, role }) => ({ name, email, role })),
        ),
  ]);
  return <WebhooksPanel team={team.slug} teamName={team.name} canManage={canManage} managers={managers} initial={overview} />;
}
