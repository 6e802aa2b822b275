import type { Metadata } from "next";
import { roleCan } from "@/lib/auth/roles";
import { listVideoRows } from "@/lib/videos/video-rows";
import { listFolders } from "@/lib/folders/folders";
import { listMembers } from "@/lib/teams/members";
import { listApiKeys } from "@/lib/keys/api-keys";
import { VideosPanel } from "@/components/videos/videos-panel";
import { loadTeamContext, type TeamParams } from "@/app/(dashboard)/[team]/team-context";

export const metadata: Metadata = { title: "Videos" };

export default async function VideosPage({ params }: TeamParams) {
  const { team } = await loadTeamContext((await params).team);
  const [initial, folders, members, keys] = await Promise.all([
    listVideoRows(team.id, { limit: 25 }),
    listFolders(team.id, { limit: 100 }),
    listMembers(team.id),
    listApiKeys(team.id),
  ]);
  // Who can have made a video: the members and the team's live API keys.
  const options = {
    folders: folders.folders.map((f) => ({ id: f.id, name: f.name })),
    creators: [
      ...members.map((m) => ({ value: `user:${m.userId}`, label: m.name || m.email })),
      ...keys.map((k) => ({ value: `key:${k.id}`, label: `API key “${k.name}”` })),
    ],
  };
  return (
    <VideosPanel
      team={team.slug}
      initial={initial}
      options={options}
      canManageKeys={roleCan(team.role, "keys.manage")}
      canManageWebhooks={roleCan(team.role, "webhooks.manage")}
    />
  );
}
