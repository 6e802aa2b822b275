import type { Metadata } from "next";
import { env } from "@/lib/env";
import { roleCan } from "@/lib/auth/roles";
import { listApiKeys } from "@/lib/keys/api-keys";
import { listMembers } from "@/lib/teams/members";
import { ApiKeysPanel } from "@/components/keys/api-keys-panel";
import { AskAnAdmin } from "@/components/dashboard/ask-an-admin";
import { PageHeader } from "@/components/ui/page-header";
import { loadTeamContext, type TeamParams } from "@/app/(dashboard)/[team]/team-context";

export const metadata: Metadata = { title: "API keys" };

export default async function KeysPage({ params }: TeamParams) {
  const { team } = await loadTeamContext((await params).team);
  if (!roleCan(team.role, "keys.manage")) {
    const managers = (await listMembers(team.id)).filter((m) => roleCan(m.role, "keys.manage"));
    return (
      <>
        <PageHeader title="API keys" description="Keys let code call the HeyGen-compatible API as this team." />
        <AskAnAdmin
          title="Ask an admin for an API key"
          description={`Only owners and admins of ${team.name} create and revoke API keys. Your role is member.`}
          managers={managers}
        />
      </>
    );
  }
  const keys = await listApiKeys(team.id);
  return <ApiKeysPanel team={team.slug} teamName={team.name} origin={env().appUrl} initialKeys={keys} />;
}
