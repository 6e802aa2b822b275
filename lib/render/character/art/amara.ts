import { cloudPath } from "./cloud-path";
import type { PresenterArt } from "./presenter-art";

// Amara: deep brown skin, a full natural afro, gold hoops, a mustard crew-neck knit (casual).
const skin = "#7a4a32";
const skinShade = "#603824";
const hair = "#1d1513";
const hairLight = "#33241f";
const knit = "#dc9d2e";
const knitShade = "#c2841c";
const rib = "#cb8c22";
const gold = "#e9bc52";

// Curl marks scattered over the afro, in a lighter tone, for texture.
const CURLS = [
  [214, 120],
  [252, 86],
  [300, 74],
  [350, 88],
  [390, 124],
  [182, 180],
  [418, 184],
  [176, 250],
  [424, 252],
  [206, 284],
  [396, 286],
  [240, 120],
  [364, 118],
];

export const amara: PresenterArt = {
  key: "amara",
  version: 1,
  body:
    `<g transform="translate(0 -8)">` +
    `<path d="M 276 296 L 276 404 L 324 404 L 324 296 Z" fill="${skin}"/>` +
    `<path d="M 276 302 Q 300 352 324 302 L 324 296 L 276 296 Z" fill="${skinShade}"/>` +
    `<path d="M 132 456 C 152 406 212 390 258 382 C 282 398 318 398 342 382 C 388 390 448 406 468 456 C 490 506 496 600 502 1400 L 98 1400 C 104 600 110 506 132 456 Z" fill="${knit}"/>` +
    `<path d="M 132 456 C 118 510 110 620 104 1400 L 160 1400 C 162 760 164 580 170 500 Z" fill="${knitShade}"/>` +
    `<path d="M 468 456 C 482 510 490 620 496 1400 L 440 1400 C 438 760 436 580 430 500 Z" fill="${knitShade}"/>` +
    // Raglan seams from the collar to the underarms.
    `<path d="M 254 392 C 226 424 196 466 172 530" fill="none" stroke="${knitShade}" stroke-width="3" stroke-linecap="round"/>` +
    `<path d="M 346 392 C 374 424 404 466 428 530" fill="none" stroke="${knitShade}" stroke-width="3" stroke-linecap="round"/>` +
    `<path d="M 254 380 C 276 402 324 402 346 380 L 354 390 C 328 420 272 420 246 390 Z" fill="${rib}"/>` +
    [262, 274, 287, 300, 313, 326, 338]
      .map((x) => `<path d="M ${x} ${396 + Math.abs(300 - x) * -0.18} l ${(x - 300) * 0.06} 12" stroke="${knitShade}" stroke-width="1.6"/>`)
      .join("") +
    `</g>`,
  hairBack: `<path d="${cloudPath(300, 204, 146, 130, 22, 1.09)}" fill="${hair}"/>`,
  face:
    `<path d="M 222 214 C 222 148 258 126 300 126 C 342 126 378 148 378 214 C 378 282 350 322 300 330 C 250 322 222 282 222 214 Z" fill="${skin}"/>` +
    `<path d="M 376 200 C 381 266 360 306 326 322 C 348 296 360 262 362 212 Z" fill="${skinShade}" fill-opacity="0.45"/>` +
    `<ellipse cx="254" cy="266" rx="14" ry="7" fill="#b3544a" fill-opacity="0.3"/>` +
    `<ellipse cx="346" cy="266" rx="14" ry="7" fill="#b3544a" fill-opacity="0.3"/>` +
    `<path d="M 290 258 Q 286 266 292 270 Q 300 274 308 270 Q 314 266 310 258" fill="none" stroke="${skinShade}" stroke-width="2.6" stroke-linecap="round" stroke-linejoin="round"/>` +
    `<path d="M 302 238 Q 304 250 306 256" fill="none" stroke="${skinShade}" stroke-width="2.2" stroke-linecap="round"/>`,
  brows:
    `<path d="M 252 207 Q 268 196 287 202" fill="none" stroke="${hair}" stroke-width="4.6" stroke-linecap="round"/>` +
    `<path d="M 313 202 Q 332 196 348 207" fill="none" stroke="${hair}" stroke-width="4.6" stroke-linecap="round"/>`,
  hairFront:
    `<path d="M 212 258 C 208 170 248 112 300 110 C 352 112 392 170 388 258 L 374 256 C 374 212 362 178 338 162 C 316 152 284 152 262 162 C 238 178 226 212 226 256 Z" fill="${hair}"/>` +
    CURLS.map(
      ([x, y]) =>
        `<path d="M ${x! - 7} ${y! + 2} q 4 -9 11 -4 q 5 6 -2 10" fill="none" stroke="${hairLight}" stroke-width="3" stroke-linecap="round"/>`,
    ).join("") +
    `<path d="M 264 162 C 284 150 316 150 336 162" fill="none" stroke="${hairLight}" stroke-width="3" stroke-linecap="round"/>` +
    `<circle cx="224" cy="284" r="12" fill="none" stroke="${gold}" stroke-width="3.4"/>` +
    `<circle cx="376" cy="284" r="12" fill="none" stroke="${gold}" stroke-width="3.4"/>`,
  eyes: { iris: "#3a2218", line: "#1d1513", lashes: true, lid: skinShade, crease: true, scale: 1.08 },
  mouth: { lip: "#8c3f43", line: "#5a2228", inside: "#3f1520", teeth: "#ffffff", tongue: "#c86a6c" },
  mouthY: 294,
  mouthScale: 1.1,
};
