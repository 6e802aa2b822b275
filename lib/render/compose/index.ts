export { composeScene, sceneGraph, type SceneInputs, type SceneOutputs, type ComposeOptions } from "./compose-scene";
export { assemble, joinAudio } from "./assemble";
export { thumbnail } from "./thumbnail";
export { gifPreview } from "./gif-preview";
export { encoderArgs, trackTimescale } from "./encoder-args";
