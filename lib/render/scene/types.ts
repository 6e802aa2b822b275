import type { MediaFile } from "@/lib/render/ffmpeg";
import type { PhotoInput } from "@/lib/render/photo/types";
import type { AudioInput } from "@/lib/render/voice/types";

// A scene's image or video background, already local and probed (the engine fetches nothing).
export type SceneMedia = { file: MediaFile; width: number; height: number; duration?: number };

// What a scene reads from outside the engine.
export type SceneInputs = { background?: SceneMedia; audio?: AudioInput; photo?: PhotoInput };
