import { HEAD_PIVOT, BODY_PIVOT, POSES } from "./art/presenter-svg";
import { layerGeometry } from "./layer-geometry";
import type { PixelRect } from "./presenter-layer";
import type { SpriteOptions } from "./types";

// What differs between sprites of one pose, in art space: the eyes (open or closed) and the mouth.
const PARTS = [
  { left: 246, top: 212, right: 354, bottom: 240 },
  { left: 272, top: 280, right: 328, bottom: 330 },
];
const PAD = 2;

function rotate([x, y]: [number, number], degrees: number, [cx, cy]: readonly [number, number]): [number, number] {
  const r = (degrees * Math.PI) / 180;
  const [dx, dy] = [x - cx, y - cy];
  return [cx + dx * Math.cos(r) - dy * Math.sin(r), cy + dx * Math.sin(r) + dy * Math.cos(r)];
}

// The whole-pixel rectangle of the frame that holds the eyes and mouth in every pose, or null when the
// face is outside the frame. Only this part is redrawn from sprite to sprite. One rectangle around both
// parts, because measured with resvg 2.6.2 it matches the whole frame's pixels exactly, while two small
// separate rectangles gave slightly different anti-aliasing.
export function faceRect(o: SpriteOptions): PixelRect | null {
  const g = layerGeometry(o);
  const xs: number[] = [];
  const ys: number[] = [];
  for (const pose of POSES) {
    const corners = PARTS.flatMap(
      (p) =>
        [
          [p.left, p.top],
          [p.right, p.top],
          [p.left, p.bottom],
          [p.right, p.bottom],
        ] as const,
    );
    for (const corner of corners) {
      const [x, y] = rotate(rotate([corner[0], corner[1]], pose.head, HEAD_PIVOT), pose.body, BODY_PIVOT);
      xs.push((x + pose.shift) * g.scale + g.x);
      ys.push(y * g.scale + g.y);
    }
  }
  const left = Math.max(0, Math.floor(Math.min(...xs)) - PAD);
  const top = Math.max(0, Math.floor(Math.min(...ys)) - PAD);
  const right = Math.min(o.width, Math.ceil(Math.max(...xs)) + PAD);
  const bottom = Math.min(o.height, Math.ceil(Math.max(...ys)) + PAD);
  return right > left && bottom > top ? { x: left, y: top, width: right - left, height: bottom - top } : null;
}
