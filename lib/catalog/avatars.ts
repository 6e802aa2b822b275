import type { Avatar } from "./types";

// The built-in presenters, drawn as SVG art (no downloaded model). Ids are stable forever.
export const builtinAvatars: readonly Avatar[] = [
  {
    avatar_id: "avs_presenter_maya",
    avatar_name: "Maya",
    gender: "female",
    default_voice_id: "avs_voice_en_clara",
    art: "maya",
    preview_image_path: "/catalog/avatars/avs_presenter_maya.png",
    preview_video_path: "/catalog/avatars/avs_presenter_maya.mp4",
  },
  {
    avatar_id: "avs_presenter_daniel",
    avatar_name: "Daniel",
    gender: "male",
    default_voice_id: "avs_voice_en_james",
    art: "daniel",
    preview_image_path: "/catalog/avatars/avs_presenter_daniel.png",
    preview_video_path: "/catalog/avatars/avs_presenter_daniel.mp4",
  },
];
