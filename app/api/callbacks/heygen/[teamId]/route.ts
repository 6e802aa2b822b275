import { z } from "zod";
import { withSignedCallback } from "@/lib/api/with-signed-callback";
import { parseUpstreamEvent, receiveUpstreamWebhook, verifyUpstreamWebhook } from "@/lib/generation/heygen/receive-webhook";

const params = z.object({ teamId: z.string() });

// OPTIONS /api/callbacks/heygen/[teamId] - the upstream's endpoint.add checks the URL answers before registering it
export function OPTIONS(): Response {
  return new Response(null, { status: 204, headers: { Allow: "OPTIONS, POST" } });
}

// POST /api/callbacks/heygen/[teamId] - a webhook of the team's HeyGen upstream, signed with the secret its endpoint.add returned
export const POST = withSignedCallback(async ({ raw, params }) => receiveUpstreamWebhook(params.teamId, parseUpstreamEvent(raw)), {
  params,
  verify: (req, raw, params) => verifyUpstreamWebhook(String(params.teamId), raw, req.headers.get("signature")),
});
