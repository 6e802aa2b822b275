import { DEFAULT_BACKGROUND_COLOUR, type BackgroundSettings, type Scene } from "./schema";

// A scene may leave its background out. That is not the same as naming the default colour: in a WebM
// (output_format "webm") such a scene is transparent, while an explicit background is drawn in either format.

/** True when the request gave this scene a background (any type, even the default colour). */
export function hasExplicitBackground(scene: Pick<Scene, "background">): boolean {
  return scene.background !== undefined;
}

/** The background drawn under an opaque scene: the one given, else DEFAULT_BACKGROUND_COLOUR. */
export function sceneBackground(scene: Pick<Scene, "background">): BackgroundSettings {
  return scene.background ?? { type: "color", value: DEFAULT_BACKGROUND_COLOUR };
}
