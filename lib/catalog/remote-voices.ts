import type { RemoteVoice } from "./types";

// Voices of configured providers (ElevenLabs, OpenAI-compatible TTS), registered at startup once their
// lists are fetched. Their ids carry the provider as prefix (`elevenlabs_…`, `openai_…`), so they can
// never take a built-in id (`avs_…`) or each other's.
const registry = new Map<string, RemoteVoice>();

// Validates the whole list before registering any of it, so a bad list changes nothing.
export function registerRemoteVoices(voices: readonly RemoteVoice[]): void {
  for (const voice of voices) {
    if (!voice.voice_id.startsWith(`${voice.provider}_`)) {
      throw new Error(`Remote voice id "${voice.voice_id}" must start with "${voice.provider}_".`);
    }
  }
  for (const voice of voices) registry.set(voice.voice_id, voice);
}

// Forgets a provider's voices, e.g. when its key is removed or before registering a fresh list.
export function clearRemoteVoices(provider?: RemoteVoice["provider"]): void {
  for (const [id, voice] of registry) if (!provider || voice.provider === provider) registry.delete(id);
}

export function remoteVoices(): RemoteVoice[] {
  return [...registry.values()];
}
