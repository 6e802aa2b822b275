import type { PresenterArt } from "./presenter-art";

// Malik: dark brown skin, a close crop with a sharp line-up, a full trimmed beard, a square jaw and an
// olive quarter-zip knit (smart casual).
const skin = "#8b5738";
const skinShade = "#704228";
const hair = "#15100e";
const hairLight = "#2e2320";
const knit = "#5f6d40";
const knitShade = "#4c5833";
const zip = "#c9ccd1";

export const malik: PresenterArt = {
  key: "malik",
  version: 1,
  body:
    `<g transform="translate(0 -10)">` +
    `<path d="M 262 296 L 262 400 L 338 400 L 338 296 Z" fill="${skin}"/>` +
    `<path d="M 262 300 Q 300 360 338 300 L 338 296 L 262 296 Z" fill="${skinShade}"/>` +
    `<path d="M 118 450 C 140 398 206 382 254 372 L 346 372 C 394 382 460 398 482 450 C 502 500 508 600 514 1400 L 86 1400 C 92 600 98 500 118 450 Z" fill="${knit}"/>` +
    `<path d="M 118 450 C 104 504 96 620 90 1400 L 150 1400 C 152 760 156 560 162 480 Z" fill="${knitShade}"/>` +
    `<path d="M 482 450 C 496 504 504 620 510 1400 L 450 1400 C 448 760 444 560 438 480 Z" fill="${knitShade}"/>` +
    // The zip collar, standing round the neck and folded open at the top.
    `<path d="M 256 354 C 252 372 250 392 252 410 C 270 428 284 436 300 440 C 316 436 330 428 348 410 C 350 392 348 372 344 354 C 330 368 316 374 300 376 C 284 374 270 368 256 354 Z" fill="${knitShade}"/>` +
    `<path d="M 262 360 C 260 376 260 392 262 404 C 276 416 288 424 300 428 L 300 376 C 284 374 272 368 262 360 Z" fill="${knit}"/>` +
    `<path d="M 338 360 C 340 376 340 392 338 404 C 324 416 312 424 300 428 L 300 376 C 316 374 328 368 338 360 Z" fill="${knit}"/>` +
    `<path d="M 300 382 L 300 560" stroke="${zip}" stroke-width="4"/>` +
    `<rect x="295" y="414" width="10" height="22" rx="3" fill="${zip}"/>` +
    `<path d="M 108 1000 L 492 1000" stroke="${knitShade}" stroke-width="3"/>` +
    `</g>`,
  hairBack: "",
  face:
    `<ellipse cx="221" cy="236" rx="11" ry="19" fill="${skin}"/>` +
    `<ellipse cx="379" cy="236" rx="11" ry="19" fill="${skin}"/>` +
    `<path d="M 218 230 Q 224 236 220 246" fill="none" stroke="${skinShade}" stroke-width="2.4" stroke-linecap="round"/>` +
    `<path d="M 382 230 Q 376 236 380 246" fill="none" stroke="${skinShade}" stroke-width="2.4" stroke-linecap="round"/>` +
    `<path d="M 222 208 C 222 146 258 120 300 120 C 342 120 378 146 378 208 C 378 250 376 288 354 312 C 338 328 320 336 300 336 C 280 336 262 328 246 312 C 224 288 222 250 222 208 Z" fill="${skin}"/>` +
    `<path d="M 376 196 C 380 258 366 300 330 326 C 352 296 362 260 363 208 Z" fill="${skinShade}" fill-opacity="0.4"/>` +
    `<path d="M 304 236 Q 308 252 310 258 Q 306 266 300 266 Q 292 266 289 259" fill="none" stroke="${skinShade}" stroke-width="2.8" stroke-linecap="round" stroke-linejoin="round"/>` +
    // The beard: sideburns into a full, trimmed beard; the cheeks stay clear; a moustache over the lip.
    `<path d="M 222 200 L 232 200 C 234 244 240 266 256 282 C 270 280 286 278 300 280 C 314 278 330 280 344 282 C 360 266 366 244 368 200 L 378 200 C 382 292 356 346 300 350 C 244 346 218 292 222 200 Z" fill="${hair}"/>` +
    `<path d="M 266 290 C 278 277 292 276 300 280 C 308 276 322 277 334 290 C 320 287 310 287 300 289 C 290 287 280 287 266 290 Z" fill="${hair}"/>` +
    `<path d="M 300 340 C 276 338 258 326 248 306" fill="none" stroke="${hairLight}" stroke-width="2.4" stroke-linecap="round"/>` +
    `<path d="M 300 340 C 324 338 342 326 352 306" fill="none" stroke="${hairLight}" stroke-width="2.4" stroke-linecap="round"/>`,
  brows:
    `<path d="M 250 206 Q 266 197 288 202" fill="none" stroke="${hair}" stroke-width="6.4" stroke-linecap="round"/>` +
    `<path d="M 312 202 Q 334 197 350 206" fill="none" stroke="${hair}" stroke-width="6.4" stroke-linecap="round"/>`,
  hairFront:
    // A close crop: the cap with a crisp, squared hairline and temples cut in.
    `<path d="M 222 206 C 216 146 252 110 300 108 C 348 110 384 146 378 206 L 370 206 C 368 186 366 172 362 162 C 342 154 320 150 300 150 C 280 150 258 154 238 162 C 234 172 232 186 230 206 Z" fill="${hair}"/>` +
    `<path d="M 232 196 C 230 176 236 156 250 142" fill="none" stroke="${hairLight}" stroke-width="3" stroke-linecap="round"/>` +
    `<path d="M 368 196 C 370 176 364 156 350 142" fill="none" stroke="${hairLight}" stroke-width="3" stroke-linecap="round"/>` +
    `<path d="M 262 124 C 284 116 316 116 338 124" fill="none" stroke="${hairLight}" stroke-width="3" stroke-linecap="round"/>`,
  eyes: { iris: "#2b1a12", line: "#15100e", lashes: false, lid: skinShade, crease: true, scale: 1.02 },
  mouth: { lip: "#7d4536", line: "#4d2419", inside: "#3a1519", teeth: "#ffffff", tongue: "#c06868" },
  mouthY: 298,
  mouthScale: 1.05,
};
