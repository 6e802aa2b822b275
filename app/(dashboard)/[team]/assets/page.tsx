import type { Metadata } from "next";
import { roleCan } from "@/lib/auth/roles";
import { ComingSoon } from "@/components/dashboard/coming-soon";
import { AssetsIcon } from "@/components/ui/icons";
import { loadTeamContext, type TeamParams } from "@/app/(dashboard)/[team]/team-context";

export const metadata: Metadata = { title: "Assets" };

export default async function AssetsPage({ params }: TeamParams) {
  const { team } = await loadTeamContext((await params).team);
  return (
    <ComingSoon
      title="Assets"
      description="Images, audio and video clips for backgrounds, voice-overs and talking photos."
      icon={<AssetsIcon className="size-5" />}
      heading="No assets yet"
      body="Uploading and organising media is on its way. Until then, API requests can point at images, audio and video by URL."
      team={team.slug}
      canManageKeys={roleCan(team.role, "keys.manage")}
    />
  );
}
