import type { Metadata } from "next";
import { teamUsage } from "@/lib/usage/team-usage";
import { UsagePanel } from "@/components/usage/usage-panel";
import { loadTeamContext, type TeamParams } from "@/app/(dashboard)/[team]/team-context";

export const metadata: Metadata = { title: "Usage" };

export default async function UsagePage({ params }: TeamParams) {
  const { team } = await loadTeamContext((await params).team);
  return <UsagePanel team={team.slug} initial={await teamUsage(team.id)} />;
}
