import { withTeam } from "@/lib/api/with-team";
import { parseUpstreamEvent, receiveUpstreamWebhook, verifyUpstreamWebhook } from "@/lib/generation/heygen/receive-webhook";

// OPTIONS /api/callbacks/heygen/[teamId] - the upstream's endpoint.add checks the URL answers before registering it
export function OPTIONS(): Response {
  return new Response(null, { status: 204, headers: { Allow: "OPTIONS, POST" } });
}

// POST /api/callbacks/heygen/[teamId] - a webhook of the team's HeyGen upstream, signed with the secret its endpoint.add returned
export const POST = withTeam<undefined, Record<string, string>, { teamId: string }>(
  async ({ raw, params }) => receiveUpstreamWebhook(params.teamId, parseUpstreamEvent(raw!)),
  {
    auth: "hmac",
    verify: (req, raw, params) => verifyUpstreamWebhook(String(params.teamId), raw, req.headers.get("signature")),
    rateLimit: false,
  },
);
