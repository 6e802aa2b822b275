import { api } from "@/components/lib/api-client";
import type { TeamRef } from "@/components/dashboard/queries";

export async function renameTeam(team: string, name: string): Promise<TeamRef> {
  return (await api<{ team: TeamRef }>(`/api/teams/${team}`, { method: "PATCH", body: { name } })).team;
}

export async function deleteTeam(team: string): Promise<void> {
  await api(`/api/teams/${team}`, { method: "DELETE" });
}

export async function updateAccountName(name: string): Promise<void> {
  await api("/api/account", { method: "PATCH", body: { name } });
}

export async function changePassword(currentPassword: string, newPassword: string): Promise<void> {
  await api("/api/account/password", { method: "POST", body: { current_password: currentPassword, new_password: newPassword } });
}
