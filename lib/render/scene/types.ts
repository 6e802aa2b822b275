import type { MediaFile } from "@/lib/render/ffmpeg";

// A scene's image or video background, already local and probed (the engine fetches nothing).
export type SceneMedia = { file: MediaFile; width: number; height: number; duration?: number };

// An audio voice's recording, already local; decoding stops past maxSeconds.
export type AudioInput = { file: MediaFile; maxSeconds: number };

// What a scene reads from outside the engine.
export type SceneInputs = { background?: SceneMedia; audio?: AudioInput };
