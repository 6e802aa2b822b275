import { api } from "@/components/lib/api-client";

export type TeamRef = { id: string; slug: string; name: string };

export const teamKeys = {
  all: ["teams"] as const,
  detail: (team: string) => ["teams", team] as const,
};

export function createTeam(name: string) {
  return api<{ team: TeamRef }>("/api/teams", { method: "POST", body: { name } });
}
