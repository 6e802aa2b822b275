import type { Metadata } from "next";
import { env } from "@/lib/env";
import { PageHeader } from "@/components/ui/page-header";
import { SettingsTabs } from "@/components/settings/settings-tabs";
import { TeamSettings } from "@/components/settings/team-settings";
import { ProviderSettings } from "@/components/settings/provider-settings";
import { roleCan } from "@/lib/auth/roles";
import { providerSettings } from "@/lib/generation/provider-settings";
import { speechKeysView } from "@/lib/speech/speech-keys";
import { SpeechKeysSettings } from "@/components/settings/speech-keys-settings";
import { describeTeamLimits } from "@/lib/limits/team-limits";
import { TeamLimitsCard } from "@/components/settings/team-limits-card";
import { loadTeamContext, type TeamParams } from "@/app/(dashboard)/[team]/team-context";

export const metadata: Metadata = { title: "Team settings" };

export default async function SettingsPage({ params }: TeamParams) {
  const { team } = await loadTeamContext((await params).team);
  const [provider, speechKeys, limits] = await Promise.all([
    providerSettings(team.id),
    speechKeysView(team.id),
    describeTeamLimits(team.id),
  ]);
  return (
    <>
      <PageHeader title="Settings" description={`Settings for ${team.name} and for your own account.`} />
      <SettingsTabs team={team.slug} />
      {/* Keyed by name so a rename elsewhere resets the form to the saved value. */}
      <TeamSettings key={team.name} team={team.slug} name={team.name} role={team.role} origin={env().appUrl}>
        <ProviderSettings team={team.slug} initial={provider} canEdit={roleCan(team.role, "provider.manage")} />
        <SpeechKeysSettings team={team.slug} initial={speechKeys} canEdit={roleCan(team.role, "provider.manage")} />
        <TeamLimitsCard limits={limits} />
      </TeamSettings>
    </>
  );
}
