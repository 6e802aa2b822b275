import "server-only";
import type { SpeechAccess } from "./speech-access";
import { speechRequest } from "./speech-request";

// OpenAI's POST {base}/audio/speech (base ending in /v1), as OpenAI, Kokoro-FastAPI and other compatible servers
// answer it: the audio bytes (MP3 by default). The key goes as a Bearer token only when one is set.

/** The request body: `{model, input, voice}`, plus `speed` when it is not 1. */
export function openAiBody(access: SpeechAccess, voice: string, text: string, speed: number | undefined): Record<string, unknown> {
  return { model: access.model, input: text, voice, ...(speed !== undefined ? { speed } : {}) };
}

export async function openAiSpeech(access: SpeechAccess, body: Record<string, unknown>, signal?: AbortSignal): Promise<Buffer> {
  return speechRequest(access, {
    method: "POST",
    path: "/audio/speech",
    headers: access.apiKey ? { authorization: `Bearer ${access.apiKey}` } : {},
    json: body,
    timeoutMs: 120_000,
    retries: 3,
    signal,
  });
}
