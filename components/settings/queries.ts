import { api } from "@/components/lib/api-client";
import type { TeamRef } from "@/components/teams/queries";
import type { ProviderSettingsBody, ProviderSettingsView } from "@/lib/generation/provider-schemas";
import type { SpeechKeyBody as SpeechKeyInput, SpeechKeysView } from "@/lib/speech/speech-key-schemas";

export async function renameTeam(team: string, name: string): Promise<TeamRef> {
  return (await api<{ team: TeamRef }>(`/api/teams/${team}`, { method: "PATCH", body: { name } })).team;
}

export async function deleteTeam(team: string): Promise<void> {
  await api(`/api/teams/${team}`, { method: "DELETE" });
}

export async function updateAccountName(name: string): Promise<void> {
  await api("/api/account", { method: "PATCH", body: { name } });
}

/** Sign out everywhere: every session of the user ends, this one included. */
export async function endAllSessions(): Promise<void> {
  await api("/api/account/sessions", { method: "DELETE" });
}

export async function changePassword(currentPassword: string, newPassword: string): Promise<void> {
  await api("/api/account/password", { method: "POST", body: { current_password: currentPassword, new_password: newPassword } });
}

export const providerKeys = { detail: (team: string) => ["teams", team, "provider"] as const };

export function fetchProvider(team: string): Promise<ProviderSettingsView> {
  return api<ProviderSettingsView>(`/api/teams/${team}/provider`);
}

export function saveProvider(team: string, body: ProviderSettingsBody): Promise<ProviderSettingsView> {
  return api<ProviderSettingsView>(`/api/teams/${team}/provider`, { method: "PUT", body });
}

export function forgetProvider(team: string): Promise<ProviderSettingsView> {
  return api<ProviderSettingsView>(`/api/teams/${team}/provider`, { method: "DELETE" });
}

export const speechKeyKeys = { detail: (team: string) => ["teams", team, "speech-keys"] as const };

export function fetchSpeechKeys(team: string): Promise<SpeechKeysView> {
  return api<SpeechKeysView>(`/api/teams/${team}/speech-keys`);
}

export function saveSpeechKey(team: string, body: SpeechKeyInput): Promise<SpeechKeysView> {
  return api<SpeechKeysView>(`/api/teams/${team}/speech-keys`, { method: "PUT", body });
}

export function removeSpeechKey(team: string, provider: SpeechKeyInput["provider"]): Promise<SpeechKeysView> {
  return api<SpeechKeysView>(`/api/teams/${team}/speech-keys?provider=${provider}`, { method: "DELETE" });
}
