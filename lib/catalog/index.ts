import { builtinAvatars } from "./avatars";
import type { Avatar, Voice } from "./types";
import { builtinVoices } from "./voices";

// The built-in catalog. A team's remote voices (ElevenLabs, OpenAI-compatible) depend on its keys and are listed
// beside these by lib/speech/remote-voices.ts.

export type { Avatar, BuiltinVoice, RemoteVoice, Voice } from "./types";

export function listAvatars(): readonly Avatar[] {
  return builtinAvatars;
}

export function findAvatar(id: string): Avatar | undefined {
  return builtinAvatars.find((avatar) => avatar.avatar_id === id);
}

export function listVoices(): readonly Voice[] {
  return builtinVoices;
}

export function findVoice(id: string): Voice | undefined {
  return builtinVoices.find((voice) => voice.voice_id === id);
}
