import type { Metadata } from "next";
import { roleCan } from "@/lib/auth/roles";
import { ComingSoon } from "@/components/dashboard/coming-soon";
import { VideoIcon } from "@/components/ui/icons";
import { loadTeamContext, type TeamParams } from "@/app/(dashboard)/[team]/team-context";

export const metadata: Metadata = { title: "Videos" };

export default async function VideosPage({ params }: TeamParams) {
  const { team } = await loadTeamContext((await params).team);
  return (
    <ComingSoon
      title="Videos"
      description="Every video this team renders, with its status, captions and downloads."
      icon={<VideoIcon className="size-5" />}
      heading="No videos to show yet"
      body="This page will list every video generated with this team's API keys, with live progress while they render."
      team={team.slug}
      canManageKeys={roleCan(team.role, "keys.manage")}
    />
  );
}
