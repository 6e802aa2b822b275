export { composeScene, sceneGraph, type SceneInputs } from "./compose-scene";
export { assemble, encodeVoice, joinAudio, padVoice, remux, writeSegmentList } from "./assemble";
export { thumbnail, thumbnailSeconds } from "./thumbnail";
export { gifPreview } from "./gif-preview";
export { encoderArgs, encoderThreads } from "./encoder-args";
export type { PresenterSource, SpriteCrop } from "./presenter-chain";
