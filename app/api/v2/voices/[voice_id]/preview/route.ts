import { Readable } from "node:stream";
import { z } from "zod";
import { withTeam } from "@/lib/api/with-team";
import { NotFound } from "@/lib/errors";
import { findVoice } from "@/lib/catalog";
import { stripBreaks } from "@/lib/contract/breaks";
import { voicePreviewQuery as query } from "@/lib/contract/voice-preview-query";
import { remoteVoicePreview } from "@/lib/generation/local/remote-voice-preview";
import { PREVIEW_CONTENT_TYPE, voicePreview } from "@/lib/generation/local/voice-preview";
import { findRemoteVoice } from "@/lib/speech/remote-voices";
import { enforce, limitOf } from "@/lib/limits/rate-limit";
import { teamRateLimits } from "@/lib/limits/team-limits";
import { otherMethods } from "@/lib/api/api-fallback";

const params = z.object({ voice_id: z.string() });

// GET /v2/voices/{voice_id}/preview - an MP3 of the voice saying `text` (default: it introduces itself)
export const GET = withTeam(
  async ({ team, params, query: { text } }) => {
    // Built-in voices are spoken on a synthesis thread; a team's remote voices by their provider.
    const voice = findVoice(params.voice_id) ?? (await findRemoteVoice(team.id, params.voice_id));
    if (!voice) throw new NotFound("The voice");
    const said = text && stripBreaks(text) ? text : `Hello, I am ${voice.name}.`;
    // Each new sample (a cache miss) counts against the team's preview budget, remote ones included.
    const charge = async () => enforce(`voicePreview:team:${team.id}`, limitOf("voicePreview", await teamRateLimits(team.id)));
    const { body, size } =
      voice.provider === "builtin" ? await voicePreview(voice, said, charge) : await remoteVoicePreview(team.id, voice, said, charge);
    return new Response(Readable.toWeb(body) as ReadableStream<Uint8Array>, {
      headers: { "Content-Type": PREVIEW_CONTENT_TYPE, "Content-Length": String(size), "Cache-Control": "private, max-age=86400" },
    });
  },
  { auth: "any", team: "principal", params, query },
);

export const { POST, PUT, PATCH, DELETE } = otherMethods("v2", ["GET"]);
