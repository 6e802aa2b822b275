import type { Metadata } from "next";
import { roleCan } from "@/lib/auth/roles";
import { ComingSoon } from "@/components/dashboard/coming-soon";
import { WebhookIcon } from "@/components/ui/icons";
import { loadTeamContext, type TeamParams } from "@/app/(dashboard)/[team]/team-context";

export const metadata: Metadata = { title: "Webhooks" };

export default async function WebhooksPage({ params }: TeamParams) {
  const { team } = await loadTeamContext((await params).team);
  return (
    <ComingSoon
      title="Webhooks"
      description="Signed HTTP callbacks to your server when a video completes or fails."
      icon={<WebhookIcon className="size-5" />}
      heading="No webhook endpoints yet"
      body="Managing endpoints here is on its way. Each delivery will be signed, retried, and listed with its attempts."
      team={team.slug}
      canManageKeys={roleCan(team.role, "keys.manage")}
    />
  );
}
