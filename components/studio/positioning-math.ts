// Pure helpers of the positioning tool: pointer, wheel and key input to the contract's scale and offset.
// Offsets follow lib/render/plan's presenterLayer: the layer's centre sits at the frame centre plus
// (offset.x * width, offset.y * height), whatever the scale, so a move of d frame pixels is d / width.

export type Offset = { x: number; y: number };
export type Size = { width: number; height: number };
export type Point = { x: number; y: number };

/** The smallest scale the tool sets (the contract's range starts just above 0). */
export const MIN_SCALE = 0.05;
/** How near the centre (in screen pixels) the presenter snaps to it. */
export const SNAP_PX = 6;
/** Offset change per arrow key press, and with Shift. */
const NUDGE = 0.01;
const NUDGE_BIG = 0.1;
/** Scale factor per +/- key press. */
const SCALE_STEP = 1.05;
/** Wheel pixels that double (or halve) the scale. */
const WHEEL_DOUBLING = 500;

const round = (v: number, digits: number) => Math.round(v * 10 ** digits) / 10 ** digits;

/** Offsets as the fields show and the request stores them: four decimals (a tenth of a pixel at 4K). */
export function roundOffset(o: Offset): Offset {
  return { x: round(o.x, 4) + 0, y: round(o.y, 4) + 0 };
}

/** A scale inside [MIN_SCALE, max], three decimals. */
export function clampScale(scale: number, max: number): number {
  if (!Number.isFinite(scale)) return 1;
  return round(Math.min(max, Math.max(MIN_SCALE, scale)), 3);
}

/** The offset after dragging by (dx, dy) frame pixels from `start`. */
export function dragOffset(start: Offset, dx: number, dy: number, frame: Size): Offset {
  return { x: start.x + dx / frame.width, y: start.y + dy / frame.height };
}

/**
 * Snaps each axis whose centre lies within `thresholdPx` frame pixels of the frame's centre line to 0;
 * `snapped` says which guides to show.
 */
export function snapToCentre(o: Offset, frame: Size, thresholdPx: number): { offset: Offset; snapped: { x: boolean; y: boolean } } {
  const x = Math.abs(o.x * frame.width) <= thresholdPx;
  const y = Math.abs(o.y * frame.height) <= thresholdPx;
  return { offset: { x: x ? 0 : o.x, y: y ? 0 : o.y }, snapped: { x, y } };
}

/** The scale after a wheel turn of deltaY pixels (down shrinks, up grows), clamped. */
export function wheelScale(scale: number, deltaY: number, max: number): number {
  return clampScale(scale * 2 ** (-deltaY / WHEEL_DOUBLING), max);
}

/**
 * The scale while a corner handle is dragged from `from` to `to`: the layer scales about its centre
 * (the plan keeps the centre fixed), so the scale follows the pointer's distance from that centre.
 */
export function handleScale(start: number, centre: Point, from: Point, to: Point, max: number): number {
  const d0 = Math.hypot(from.x - centre.x, from.y - centre.y);
  const d1 = Math.hypot(to.x - centre.x, to.y - centre.y);
  return d0 > 0 ? clampScale((start * d1) / d0, max) : clampScale(start, max);
}

/** The offset or scale a key press asks for, or null when the key is not the tool's. */
export function keyChange(
  key: string,
  shift: boolean,
  scale: number,
  offset: Offset,
  max: number,
): { scale?: number; offset?: Offset } | null {
  const step = shift ? NUDGE_BIG : NUDGE;
  const move = (dx: number, dy: number) => ({ offset: roundOffset({ x: offset.x + dx, y: offset.y + dy }) });
  switch (key) {
    case "ArrowLeft":
      return move(-step, 0);
    case "ArrowRight":
      return move(step, 0);
    case "ArrowUp":
      return move(0, -step);
    case "ArrowDown":
      return move(0, step);
    case "+":
    case "=":
      return { scale: clampScale(scale * SCALE_STEP, max) };
    case "-":
    case "_":
      return { scale: clampScale(scale / SCALE_STEP, max) };
    default:
      return null;
  }
}
