import type { MediaFile } from "@/lib/render/ffmpeg";
import type { PhotoInput } from "@/lib/render/photo/types";
import type { AudioInput, RemoteSpeech } from "@/lib/render/voice/types";

// A scene's image or video background, already local and probed (the engine fetches nothing).
export type SceneMedia = { file: MediaFile; width: number; height: number; duration?: number };

// What a scene reads from outside the engine.
// `speech`: a remote voice's audio, fetched from its provider; `photo`: a talking photo's files.
export type SceneInputs = { background?: SceneMedia; audio?: AudioInput; speech?: RemoteSpeech; photo?: PhotoInput };
