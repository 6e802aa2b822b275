import type { Avatar, Gender } from "./types";

const presenter = (key: string, name: string, gender: Gender, voice: string): Avatar => ({
  avatar_id: `avs_presenter_${key}`,
  avatar_name: name,
  gender,
  default_voice_id: voice,
  art: key,
  preview_image_path: `/catalog/avatars/avs_presenter_${key}.png`,
  preview_video_path: `/catalog/avatars/avs_presenter_${key}.mp4`,
});

// The built-in presenters, drawn as SVG art (no downloaded model). Ids are stable forever.
export const builtinAvatars: readonly Avatar[] = [
  presenter("maya", "Maya", "female", "avs_voice_en_clara"),
  presenter("daniel", "Daniel", "male", "avs_voice_en_james"),
  presenter("amara", "Amara", "female", "avs_voice_en_us_sally"),
  presenter("malik", "Malik", "male", "avs_voice_en_caribbean_marcus"),
  presenter("anika", "Anika", "female", "avs_voice_en_clara"),
  presenter("kenji", "Kenji", "male", "avs_voice_en_us_ross"),
  presenter("helen", "Helen", "female", "avs_voice_en_gb_olivia"),
  presenter("graham", "Graham", "male", "avs_voice_en_scotland_callum"),
];
