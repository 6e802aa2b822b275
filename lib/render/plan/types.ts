// The render plan: everything the compositor needs, resolved to pixels and whole frames. Pure data, so the
// browser editor can compute and draw the same plan.

export type Fit = "cover" | "crop" | "contain" | "none";
export type PlayStyle = "fit_to_scene" | "freeze" | "loop" | "once" | "full_video";

/** A rectangle in pixels; may lie partly or wholly outside the frame. */
export type Rect = { x: number; y: number; w: number; h: number };

/**
 * How a w x h source lands in the frame: scale the whole source to `scaled`, keep `crop` (in scaled pixels),
 * and put it at `dest` in the frame; the rest of the frame is `fill`. `source` is the shown part in source pixels.
 */
export type MediaFit = {
  fit: Fit;
  scaled: { w: number; h: number };
  crop: Rect;
  dest: Rect;
  source: Rect;
  fill: string;
};

type ColorBackground = { type: "color"; color: string };
/** Nothing drawn: alpha 0 where no presenter is (a WebM scene without a background). */
type TransparentBackground = { type: "transparent" };
type ImageBackground = { type: "image"; layout: MediaFit };
export type VideoBackground = {
  type: "video";
  layout: MediaFit;
  playStyle: PlayStyle;
  /** The source video's length in seconds. */
  sourceDuration: number;
  /** Output time per source second: > 1 slows down (fit_to_scene), 1 otherwise. */
  stretch: number;
  /** Seconds of the scene during which the video is playing (its first run for loop). */
  playDuration: number;
  /** What fills the scene after playDuration: the last frame, the video again, or a colour. */
  after: "freeze" | "loop" | "color";
  afterColor: string;
};
export type BackgroundLayer = ColorBackground | TransparentBackground | ImageBackground | VideoBackground;

/** The container and codecs: mp4 (H.264, AAC) or webm (VP9 with alpha, Opus). Every scene of a video has the video's. */
export type OutputFormat = "mp4" | "webm";

export type PresenterLayer = {
  kind: "avatar" | "talking_photo";
  style: "normal" | "closeUp" | "circle" | "square";
  scale: number;
  offset: { x: number; y: number };
  /** Where the presenter's sprite (frame-sized, or a square for circle) is drawn, in whole pixels. */
  rect: Rect;
  /** The part of rect inside the frame (empty w/h 0 when none is visible). */
  visible: Rect;
  circleBackground?: string;
  /** A talking photo: where the photo's pixel (0, 0) lands in the frame and how many frame pixels a photo pixel spans. */
  photo?: { x: number; y: number; scale: number };
};

export type ScenePlan = {
  index: number;
  width: number;
  height: number;
  fps: number;
  /** Whole frames; duration = frames / fps. */
  frames: number;
  duration: number;
  /** Where the scene starts in the video, in frames and seconds. */
  startFrame: number;
  start: number;
  voiceDuration: number;
  format: OutputFormat;
  background: BackgroundLayer;
  presenter?: PresenterLayer;
  test: boolean;
};

export type RenderPlan = {
  width: number;
  height: number;
  fps: number;
  frames: number;
  duration: number;
  test: boolean;
  format: OutputFormat;
  scenes: ScenePlan[];
};

export type MediaInfo = { width: number; height: number; duration?: number };

/** What the plan needs to know of a talking photo: its size and where its face is, in image pixels. */
export type PhotoGeometry = { width: number; height: number; faceX: number; faceY: number; faceHeight: number };

export type PlanInputs = {
  /** Seconds of voice per scene, in scene order. */
  voiceDurations: number[];
  /** Background media sizes by scene index ("0", "1", ...); image and video backgrounds need one. */
  media: Record<string, MediaInfo>;
  /** Talking photos by scene index; a talking-photo scene without one is laid out like an avatar. */
  photos?: Record<string, PhotoGeometry>;
};
