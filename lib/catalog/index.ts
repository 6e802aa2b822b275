import { builtinAvatars } from "./avatars";
import { remoteVoices } from "./remote-voices";
import type { Avatar, Voice } from "./types";
import { builtinVoices } from "./voices";

// The catalog as the API sees it: built-ins first (in their fixed order), then registered remote voices.

export type { Avatar, BuiltinVoice, RemoteVoice, Voice } from "./types";
export { registerRemoteVoices, clearRemoteVoices } from "./remote-voices";

export function listAvatars(): readonly Avatar[] {
  return builtinAvatars;
}

export function findAvatar(id: string): Avatar | undefined {
  return builtinAvatars.find((avatar) => avatar.avatar_id === id);
}

export function listVoices(): readonly Voice[] {
  return [...builtinVoices, ...remoteVoices()];
}

export function findVoice(id: string): Voice | undefined {
  return builtinVoices.find((voice) => voice.voice_id === id) ?? remoteVoices().find((voice) => voice.voice_id === id);
}
