import { Readable } from "node:stream";
import { z } from "zod";
import { withTeam } from "@/lib/api/with-team";
import { NotFound } from "@/lib/errors";
import { findVoice } from "@/lib/catalog";
import { stripBreaks } from "@/lib/contract/breaks";
import { voicePreviewQuery as query } from "@/lib/contract/voice-preview-query";
import { PREVIEW_CONTENT_TYPE, voicePreview } from "@/lib/generation/local/voice-preview";
import { enforce, limitOf } from "@/lib/limits/rate-limit";
import { teamRateLimits } from "@/lib/limits/team-limits";

const params = z.object({ voice_id: z.string() });

// GET /v2/voices/{voice_id}/preview - an MP3 of the voice saying `text` (default: it introduces itself)
export const GET = withTeam(
  async ({ team, params, query: { text } }) => {
    const voice = findVoice(params.voice_id);
    // Remote voices are previewed by their provider; only built-in voices are spoken here.
    if (!voice || voice.provider !== "builtin") throw new NotFound("The voice");
    const said = text && stripBreaks(text) ? text : `Hello, I am ${voice.name}.`;
    const { body, size } = await voicePreview(voice, said, async () =>
      enforce(`voicePreview:team:${team.id}`, limitOf("voicePreview", await teamRateLimits(team.id))),
    );
    return new Response(Readable.toWeb(body) as ReadableStream<Uint8Array>, {
      headers: { "Content-Type": PREVIEW_CONTENT_TYPE, "Content-Length": String(size), "Cache-Control": "private, max-age=86400" },
    });
  },
  { auth: "any", team: "principal", params, query },
);
