import { withTeam } from "@/lib/api/with-team";
import { speechKeyBody, speechKeyQuery } from "@/lib/speech/speech-key-schemas";
import { removeSpeechKey, saveSpeechKey, speechKeysView } from "@/lib/speech/speech-keys";

// GET /api/teams/[team]/speech-keys - which remote voice providers have a team key (never the key itself)
export const GET = withTeam(async ({ team }) => speechKeysView(team.id), { auth: "session", team: "param" });

// PUT /api/teams/[team]/speech-keys - store the team's ElevenLabs or OpenAI-compatible key (ElevenLabs' is checked first)
export const PUT = withTeam(async ({ team, body }) => saveSpeechKey(team.id, body), {
  auth: "session",
  team: "param",
  permission: "provider.manage",
  body: speechKeyBody,
});

// DELETE /api/teams/[team]/speech-keys?provider= - forget the team's key for that provider
export const DELETE = withTeam(async ({ team, query }) => removeSpeechKey(team.id, query.provider), {
  auth: "session",
  team: "param",
  permission: "provider.manage",
  query: speechKeyQuery,
});
