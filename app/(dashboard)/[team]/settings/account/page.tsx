import type { Metadata } from "next";
import { PASSWORD_MIN } from "@/lib/auth/password";
import { PageHeader } from "@/components/ui/page-header";
import { SettingsTabs } from "@/components/settings/settings-tabs";
import { AccountSettings } from "@/components/settings/account-settings";
import { loadTeamContext, type TeamParams } from "@/app/(dashboard)/[team]/team-context";

export const metadata: Metadata = { title: "Account settings" };

export default async function AccountPage({ params }: TeamParams) {
  const { user, team } = await loadTeamContext((await params).team);
  return (
    <>
      <PageHeader title="Settings" description={`Settings for ${team.name} and for your own account.`} />
      <SettingsTabs team={team.slug} />
      <AccountSettings key={user.name} name={user.name} email={user.email} passwordMin={PASSWORD_MIN} />
    </>
  );
}
