import { renderAsync } from "@resvg/resvg-js";
import { artForAvatar } from "./art/art-for-avatar";
import { presenterLayer } from "./presenter-layer";

// The soft studio backdrop of the catalog's previews (image and video).
export const PREVIEW_BACKDROP = "#eef2f7";

export type PreviewOptions = { width: number; height: number; background?: string };

// A still of the presenter (normal style, neutral pose, eyes open, mouth at rest) on a soft studio
// backdrop, as a PNG: the avatar list's preview_image_url.
export async function presenterPreview(avatarId: string, size: PreviewOptions = { width: 640, height: 360 }): Promise<Buffer> {
  const svg = presenterLayer(artForAvatar(avatarId), { pose: 0, eyes: "open", mouth: "X" }, { ...size, style: "normal" });
  const image = await renderAsync(svg, { background: size.background ?? PREVIEW_BACKDROP, font: { loadSystemFonts: false } });
  return image.asPng();
}
