import type { Metadata } from "next";
import { listAssets } from "@/lib/assets/list-assets";
import { AssetsPanel } from "@/components/assets/assets-panel";
import { PAGE_SIZE } from "@/components/assets/queries";
import { loadTeamContext, type TeamParams } from "@/app/(dashboard)/[team]/team-context";

export const metadata: Metadata = { title: "Assets" };

export default async function AssetsPage({ params }: TeamParams) {
  const { team } = await loadTeamContext((await params).team);
  const initialPage = await listAssets(team.id, { limit: PAGE_SIZE });
  return <AssetsPanel team={team.slug} initialPage={initialPage} />;
}
