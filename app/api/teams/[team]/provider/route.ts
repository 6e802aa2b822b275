import { withTeam } from "@/lib/api/with-team";
import { providerSettingsBody } from "@/lib/generation/provider-schemas";
import { forgetHeygen, providerSettings, switchProvider } from "@/lib/generation/provider-settings";

// GET /api/teams/[team]/provider - who renders the team's videos; whether a HeyGen key is stored (never the key)
export const GET = withTeam(async ({ team }) => providerSettings(team.id), { auth: "session", team: "param" });

// PUT /api/teams/[team]/provider - switch to the local engine, or to HeyGen (checks the key, registers our webhook route)
export const PUT = withTeam(async ({ team, body }) => switchProvider(team.id, body), {
  auth: "session",
  team: "param",
  permission: "provider.manage",
  body: providerSettingsBody,
});

// DELETE /api/teams/[team]/provider - back to the local engine, and forget the stored HeyGen key
export const DELETE = withTeam(async ({ team }) => forgetHeygen(team.id), {
  auth: "session",
  team: "param",
  permission: "provider.manage",
});
