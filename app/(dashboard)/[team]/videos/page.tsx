import type { Metadata } from "next";
import { roleCan } from "@/lib/auth/roles";
import { listVideoRows } from "@/lib/videos/video-rows";
import { VideosPanel } from "@/components/videos/videos-panel";
import { loadTeamContext, type TeamParams } from "@/app/(dashboard)/[team]/team-context";

export const metadata: Metadata = { title: "Videos" };

export default async function VideosPage({ params }: TeamParams) {
  const { team } = await loadTeamContext((await params).team);
  const initial = await listVideoRows(team.id, { limit: 25 });
  return <VideosPanel team={team.slug} initial={initial} canManageKeys={roleCan(team.role, "keys.manage")} canManageWebhooks={roleCan(team.role, "webhooks.manage")} />;
}
