"use client";

import { useEffect, useId, useMemo, useRef, useState, type PointerEvent as ReactPointerEvent } from "react";
import { PositionFields } from "@/components/studio/position-fields";
import {
  positioningLayout,
  type BackgroundMedia,
  type PhotoMedia,
  type PositioningScene,
  type PreviewLayout,
} from "@/components/studio/positioning-layout";
import {
  SNAP_PX,
  dragOffset,
  handleScale,
  keyChange,
  roundOffset,
  snapToCentre,
  wheelScale,
  type Offset,
  type Point,
} from "@/components/studio/positioning-math";
import { cx } from "@/components/ui/cx";

export type PositioningPatch = { scale?: number; offset?: Offset };

type Gesture = { kind: "move" | "scale"; pointer: number; from: Point; offset: Offset; scale: number };

function safeLayout(
  dimension: { width: number; height: number },
  scene: PositioningScene,
  media?: BackgroundMedia,
  photo?: PhotoMedia,
): PreviewLayout | null {
  try {
    return positioningLayout(dimension, scene, media, photo);
  } catch {
    return null;
  }
}

/**
 * The selected scene at the project's aspect ratio, laid out by the engine's plan: drag to move the
 * presenter, drag the corner handle or turn the wheel to scale, arrows and +/- from the keyboard; the
 * presenter snaps to the centre lines. The numeric fields beside it show and edit the same values.
 */
export function PositioningPreview({
  dimension,
  scene,
  onChange,
  backgroundMedia,
  presenterImageUrl,
  photo,
  className,
}: {
  dimension: { width: number; height: number };
  scene: PositioningScene;
  onChange: (patch: PositioningPatch) => void;
  /** A still of an image or video background and its size; without it such a background shows the fill. */
  backgroundMedia?: BackgroundMedia;
  /** Drawn in the presenter's rectangle when there is no built-in art (talking photos). */
  presenterImageUrl?: string;
  /** A talking photo: drawn where the engine will draw it. */
  photo?: PhotoMedia;
  className?: string;
}) {
  const id = useId().replace(/[^a-zA-Z0-9_-]/g, "");
  const layout = useMemo(() => safeLayout(dimension, scene, backgroundMedia, photo), [dimension, scene, backgroundMedia, photo]);
  const svgRef = useRef<SVGSVGElement>(null);
  const gesture = useRef<Gesture | null>(null);
  const [guides, setGuides] = useState({ x: false, y: false });
  const [pxPerScreen, setPxPerScreen] = useState(1);

  const layer = layout?.presenter?.layer;
  const scale = layer?.scale ?? 1;
  const offset = layer?.offset ?? { x: 0, y: 0 };
  const maxScale = layout?.maxScale ?? 1;
  const ready = layout !== null;
  // The latest values for the wheel listener, which is attached once.
  const latest = useRef({ scale, maxScale, onChange, active: Boolean(layer) });
  useEffect(() => {
    latest.current = { scale, maxScale, onChange, active: Boolean(layer) };
  });

  useEffect(() => {
    const svg = svgRef.current;
    if (!svg) return;
    // Frame pixels per screen pixel, for handle sizes and the snap distance.
    const measure = () => setPxPerScreen(dimension.width / Math.max(1, svg.getBoundingClientRect().width));
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(svg);
    // Not passive, so the page does not scroll while the wheel scales the presenter.
    const onWheel = (e: WheelEvent) => {
      const l = latest.current;
      if (!l.active) return;
      e.preventDefault();
      // Kept here too, so several wheel events before the next render add up.
      l.scale = wheelScale(l.scale, e.deltaY, l.maxScale);
      l.onChange({ scale: l.scale });
    };
    svg.addEventListener("wheel", onWheel, { passive: false });
    return () => {
      observer.disconnect();
      svg.removeEventListener("wheel", onWheel);
    };
  }, [dimension.width, ready]);

  // Client coordinates to frame pixels, through the preview's on-screen box.
  const toFrame = (e: ReactPointerEvent<SVGElement>): Point => {
    const el = e.currentTarget;
    const box = (el instanceof SVGSVGElement ? el : (el.ownerSVGElement ?? el)).getBoundingClientRect();
    return { x: ((e.clientX - box.left) * dimension.width) / box.width, y: ((e.clientY - box.top) * dimension.height) / box.height };
  };

  const start = (kind: Gesture["kind"], e: ReactPointerEvent<SVGElement>) => {
    if (!layer || e.button !== 0) return;
    e.stopPropagation();
    e.currentTarget.setPointerCapture(e.pointerId);
    gesture.current = { kind, pointer: e.pointerId, from: toFrame(e), offset, scale };
  };
  const move = (e: ReactPointerEvent<SVGElement>) => {
    const g = gesture.current;
    if (!g || g.pointer !== e.pointerId) return;
    const at = toFrame(e);
    if (g.kind === "scale") {
      const centre = { x: dimension.width / 2 + g.offset.x * dimension.width, y: dimension.height / 2 + g.offset.y * dimension.height };
      onChange({ scale: handleScale(g.scale, centre, g.from, at, maxScale) });
      return;
    }
    const moved = dragOffset(g.offset, at.x - g.from.x, at.y - g.from.y, dimension);
    const snap = snapToCentre(moved, dimension, SNAP_PX * pxPerScreen);
    setGuides(snap.snapped);
    onChange({ offset: roundOffset(snap.offset) });
  };
  const end = (e: ReactPointerEvent<SVGElement>) => {
    if (gesture.current?.pointer !== e.pointerId) return;
    gesture.current = null;
    setGuides({ x: false, y: false });
  };

  if (!layout) {
    return <p className={cx("text-sm text-red-700", className)}>The scene has values the preview cannot show; fix the fields to see it.</p>;
  }
  const { width: W, height: H, presenter } = layout;
  const r = layer?.rect;
  const handle = 10 * pxPerScreen;
  // The handle stays wholly inside the frame when the corner is near or past its edge.
  const inside = (v: number, size: number) => Math.min(size - handle, Math.max(0, v - handle / 2));
  const corner = r ? { x: inside(r.x + r.w, W), y: inside(r.y + r.h, H) } : null;
  const clip = `${id}-disc`;

  return (
    <div className={cx("flex flex-col gap-4 sm:flex-row sm:items-start", className)}>
      <div className="min-w-0 flex-1">
        <svg
          ref={svgRef}
          viewBox={`0 0 ${W} ${H}`}
          role="group"
          aria-label="Presenter position"
          aria-describedby={`${id}-help`}
          tabIndex={layer ? 0 : -1}
          className={cx(
            "group block w-full touch-none select-none overflow-hidden rounded-md border border-zinc-300 bg-zinc-100",
            "focus:outline-none focus-visible:ring-3 focus-visible:ring-accent-600/40",
            layer && "cursor-move",
          )}
          onPointerDown={(e) => start("move", e)}
          onPointerMove={move}
          onPointerUp={end}
          onPointerCancel={end}
          onKeyDown={(e) => {
            if (!layer) return;
            const change = keyChange(e.key, e.shiftKey, scale, offset, maxScale);
            if (!change) return;
            e.preventDefault();
            onChange(change);
          }}
        >
          <rect width={W} height={H} fill={layout.background.fill} />
          {layout.background.image ? (
            <image
              href={layout.background.image.href}
              x={layout.background.image.x}
              y={layout.background.image.y}
              width={layout.background.image.w}
              height={layout.background.image.h}
              preserveAspectRatio="none"
            />
          ) : null}
          {presenter && r ? (
            <g clipPath={presenter.disc ? `url(#${clip})` : undefined}>
              {presenter.disc ? (
                <>
                  <clipPath id={clip}>
                    <circle cx={presenter.disc.cx} cy={presenter.disc.cy} r={presenter.disc.r} />
                  </clipPath>
                  <circle cx={presenter.disc.cx} cy={presenter.disc.cy} r={presenter.disc.r} fill={presenter.disc.fill} />
                </>
              ) : null}
              {presenter.art ? (
                <image
                  href={presenter.art.href}
                  x={presenter.art.x}
                  y={presenter.art.y}
                  width={presenter.art.w}
                  height={presenter.art.h}
                  preserveAspectRatio="none"
                />
              ) : presenter.photo ? (
                <g clipPath={presenter.disc ? undefined : `url(#${clip}-rect)`}>
                  <clipPath id={`${clip}-rect`}>
                    <rect x={r.x} y={r.y} width={r.w} height={r.h} />
                  </clipPath>
                  <image
                    href={presenter.photo.href}
                    x={presenter.photo.x}
                    y={presenter.photo.y}
                    width={presenter.photo.w}
                    height={presenter.photo.h}
                    preserveAspectRatio="none"
                  />
                </g>
              ) : presenterImageUrl ? (
                <image href={presenterImageUrl} x={r.x} y={r.y} width={r.w} height={r.h} preserveAspectRatio="xMidYMid meet" />
              ) : null}
            </g>
          ) : null}
          <rect
            {...captionBox(layout)}
            fill="none"
            stroke="#f59e0b"
            strokeDasharray="6 4"
            vectorEffect="non-scaling-stroke"
            pointerEvents="none"
          />
          {/* The presenter layer's outline (often the whole frame, shifted): shown while hovering, focusing or
              dragging, where it helps; at rest it would read as a stray line across the scene. */}
          {r ? (
            <rect
              x={r.x}
              y={r.y}
              width={r.w}
              height={r.h}
              fill="none"
              stroke="#4f46e5"
              strokeWidth={1.5}
              vectorEffect="non-scaling-stroke"
              pointerEvents="none"
              className={cx(
                "transition-opacity group-hover:opacity-100 group-focus-visible:opacity-100",
                guides.x || guides.y ? "opacity-100" : "opacity-0",
              )}
            />
          ) : null}
          {guides.x ? (
            <line x1={W / 2} y1={0} x2={W / 2} y2={H} stroke="#db2777" strokeWidth={1.5} vectorEffect="non-scaling-stroke" />
          ) : null}
          {guides.y ? (
            <line x1={0} y1={H / 2} x2={W} y2={H / 2} stroke="#db2777" strokeWidth={1.5} vectorEffect="non-scaling-stroke" />
          ) : null}
          {corner ? (
            <rect
              x={corner.x}
              y={corner.y}
              width={handle}
              height={handle}
              rx={handle / 5}
              fill="#ffffff"
              stroke="#4f46e5"
              strokeWidth={1.5}
              vectorEffect="non-scaling-stroke"
              className="cursor-nwse-resize"
              // Its moves and ends bubble, captured, to the frame's handlers.
              onPointerDown={(e) => start("scale", e)}
            />
          ) : null}
        </svg>
        <p id={`${id}-help`} className="mt-2 text-[13px] text-zinc-500">
          {layer
            ? "Drag to move, drag the corner or turn the wheel to scale. Arrow keys move (Shift: further), + and − scale. The dashed box is where captions appear."
            : "This scene has no presenter."}
        </p>
      </div>
      <PositionFields idPrefix={id} scale={scale} offset={offset} maxScale={maxScale} disabled={!layer} onChange={onChange} />
    </div>
  );
}

const captionBox = (l: PreviewLayout) => ({ x: l.captions.x, y: l.captions.y, width: l.captions.w, height: l.captions.h });
