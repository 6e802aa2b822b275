import { VISEMES, type SpriteKey } from "../types";
import { eyesSvg } from "./eyes";
import { mouthSvg } from "./mouths";
import type { PresenterArt } from "./presenter-art";

// Idle poses: a slight head tilt about the neck and a sway of the whole upper body.
export const POSES = [
  { head: 0, body: 0, shift: 0 },
  { head: -3.2, body: -0.6, shift: -3 },
  { head: 2.6, body: 0.5, shift: 3 },
] as const;

export const HEAD_PIVOT = [300, 330] as const;
export const BODY_PIVOT = [300, 1100] as const;

const shown = (on: boolean) => (on ? "" : ` display="none"`);

// The presenter in art space with every named group present (body, head, eyes-open, eyes-closed,
// mouth-A..mouth-X); the groups not in `key` are hidden, so one source serves every sprite.
export function presenterSvg(art: PresenterArt, key: SpriteKey): string {
  const pose = POSES[key.pose] ?? POSES[0];
  const scale = art.mouthScale && art.mouthScale !== 1 ? ` scale(${art.mouthScale})` : "";
  const mouths = VISEMES.map(
    (v) => `<g id="mouth-${v}"${shown(v === key.mouth)} transform="translate(300 ${art.mouthY})${scale}">${mouthSvg(v, art.mouth)}</g>`,
  ).join("");
  return (
    `<g id="pose-${key.pose}" transform="translate(${pose.shift} 0) rotate(${pose.body} ${BODY_PIVOT.join(" ")})">` +
    // Hair that falls behind the shoulders turns with the head but sits behind the body.
    // Only when there is some: resvg cannot size an empty group inside a clipped layer.
    (art.hairBack ? `<g id="hair-back" transform="rotate(${pose.head} ${HEAD_PIVOT.join(" ")})">${art.hairBack}</g>` : "") +
    `<g id="body">${art.body}</g>` +
    `<g id="head" transform="rotate(${pose.head} ${HEAD_PIVOT.join(" ")})">` +
    art.face +
    art.brows +
    `<g id="eyes-open"${shown(key.eyes === "open")}>${eyesSvg("open", art.eyes)}</g>` +
    `<g id="eyes-closed"${shown(key.eyes === "closed")}>${eyesSvg("closed", art.eyes)}</g>` +
    mouths +
    art.hairFront +
    (art.front ?? "") +
    `</g></g>`
  );
}
