import { MAX_SCALE, videoRequestSchema, type VideoRequestInput } from "@/lib/contract/schema";
import { artForAvatar } from "@/lib/render/character/art/art-for-avatar";
import { presenterLayer as presenterSvg } from "@/lib/render/character/presenter-layer";
import { circleSquare } from "@/lib/render/character/sprite-crop";
import type { SpriteOptions } from "@/lib/render/character/types";
import { CUE_RULES } from "@/lib/render/captions/build-cues";
import { CAPTION_STYLE } from "@/lib/render/captions/caption-style";
import { FILL_COLOUR, planVideo, type MediaInfo, type PhotoGeometry, type PresenterLayer, type Rect } from "@/lib/render/plan";

type SceneInput = VideoRequestInput["video_inputs"][number];
/** The scene as the editor holds it (the contract's input shape); the voice plays no part in the layout. */
export type PositioningScene = Partial<Pick<SceneInput, "character" | "background">>;
/** A still of the image or video background (a video's first frame) and its size in pixels. */
export type BackgroundMedia = { url: string; width: number; height: number };
/** A talking photo's image and where its face is, for placing it as the engine does. */
export type PhotoMedia = { url: string; geometry: PhotoGeometry };

/** An image drawn at (x, y) stretched to w x h, in frame pixels; the frame clips it. */
type Placed = { href: string; x: number; y: number; w: number; h: number };

export type PreviewLayout = {
  width: number;
  height: number;
  /** The frame's fill, and the background still placed as the engine scales and crops it. */
  background: { fill: string; image?: Placed };
  /**
   * The plan's presenter layer; `art` is the presenter drawn over layer.rect, or `photo` a talking photo placed
   * as the engine places it (clipped to layer.rect); `disc` the circle style's clip.
   */
  presenter?: { layer: PresenterLayer; art?: Placed; photo?: Placed; disc?: { cx: number; cy: number; r: number; fill: string } };
  /** Where burnt-in captions may appear: between the side margins, up to two lines above the bottom margin. */
  captions: Rect;
  maxScale: number;
};

const svgUrl = (svg: string) => `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;

// The engine's sprite for this presenter (neutral pose, eyes open, mouth at rest) as an SVG document:
// the frame-sized layer, or for a circle the centre square that compose cuts the disc from.
function presenterArt(avatarId: string, layer: PresenterLayer, width: number, height: number): Placed | undefined {
  if (layer.kind !== "avatar" || layer.style === "square") return undefined;
  let art;
  try {
    art = artForAvatar(avatarId);
  } catch {
    return undefined;
  }
  const o: SpriteOptions = { width, height, style: layer.style, circleColor: layer.circleBackground };
  const view = layer.style === "circle" ? circleSquare(o) : undefined;
  const svg = presenterSvg(art, { pose: 0, eyes: "open", mouth: "X" }, o, view);
  return { href: svgUrl(svg), ...layer.rect };
}

function captionArea(width: number, height: number): Rect {
  const x = Math.round(width * CAPTION_STYLE.marginX);
  const bottom = height - Math.round(height * CAPTION_STYLE.marginBottom);
  // Two lines of text at about 1.25 line height.
  const h = Math.round(CUE_RULES.maxLines * height * CAPTION_STYLE.fontSize * 1.25);
  return { x, y: bottom - h, w: width - 2 * x, h };
}

/**
 * What the positioning preview draws, from the engine's own plan (lib/render/plan): the background's
 * placement, the presenter's rectangle and art, and the caption area. Throws a ZodError when the scene
 * or dimension is not a valid request. Without `media`, an image or video background shows the fill.
 */
export function positioningLayout(
  dimension: { width: number; height: number },
  scene: PositioningScene,
  media?: BackgroundMedia,
  photo?: PhotoMedia,
): PreviewLayout {
  const bg = scene.background;
  const hasMedia = bg !== undefined && bg.type !== "color" && media !== undefined && media.width > 0 && media.height > 0;
  const background = bg === undefined || bg.type === "color" || hasMedia ? bg : { type: "color" as const, value: FILL_COLOUR };
  const request = videoRequestSchema.parse({
    dimension,
    video_inputs: [{ character: scene.character, background, voice: { type: "silence" } }],
  });
  const mediaInfo: Record<string, MediaInfo> = hasMedia ? { "0": { width: media.width, height: media.height, duration: 1 } } : {};
  const photos = photo && scene.character?.type === "talking_photo" ? { "0": photo.geometry } : undefined;
  const plan = planVideo(request, { voiceDurations: [1], media: mediaInfo, photos }).scenes[0]!;
  const { width, height } = plan;
  const character = request.video_inputs[0]!.character;

  let drawnBackground: PreviewLayout["background"];
  if (plan.background.type === "color") drawnBackground = { fill: plan.background.color };
  // Only a WebM leaves a scene transparent; the studio's drafts render as MP4, so this is for completeness.
  else if (plan.background.type === "transparent") drawnBackground = { fill: "none" };
  else {
    const { layout } = plan.background;
    // The whole scaled source, placed so that its `crop` lands on `dest`; the frame clips the rest.
    const image = {
      href: media!.url,
      x: layout.dest.x - layout.crop.x,
      y: layout.dest.y - layout.crop.y,
      w: layout.scaled.w,
      h: layout.scaled.h,
    };
    drawnBackground = { fill: layout.fill, image };
  }

  let presenter: PreviewLayout["presenter"];
  if (plan.presenter && character) {
    const layer = plan.presenter;
    const art = character.type === "avatar" ? presenterArt(character.avatar_id, layer, width, height) : undefined;
    const r = layer.rect;
    const disc =
      layer.style === "circle"
        ? { cx: r.x + r.w / 2, cy: r.y + r.h / 2, r: r.w / 2, fill: layer.circleBackground ?? "#ffffff" }
        : undefined;
    const place = layer.photo;
    const photoImage =
      place && photo
        ? { href: photo.url, x: place.x, y: place.y, w: photo.geometry.width * place.scale, h: photo.geometry.height * place.scale }
        : undefined;
    presenter = { layer, ...(art ? { art } : {}), ...(photoImage ? { photo: photoImage } : {}), ...(disc ? { disc } : {}) };
  }
  const maxScale = character ? MAX_SCALE[character.type] : MAX_SCALE.avatar;
  return {
    width,
    height,
    background: drawnBackground,
    ...(presenter ? { presenter } : {}),
    captions: captionArea(width, height),
    maxScale,
  };
}
