import type { PresenterArt } from "./presenter-art";

// Daniel: short dark hair, charcoal jacket, light blue shirt and a burgundy tie.
const skin = "#dba27c";
const skinShade = "#c5845f";
const hair = "#2f241f";
const hairLight = "#46372f";
const jacket = "#3b4352";
const jacketShade = "#2f3542";
const lapel = "#465063";
const shirt = "#e4edf7";
const shirtShade = "#c9d6e6";
const tie = "#7c2f3c";
const tieShade = "#63232f";

export const daniel: PresenterArt = {
  key: "daniel",
  version: 2,
  // Drawn a little higher than Maya's so the collar meets the jaw line (a shorter neck).
  body:
    `<g transform="translate(0 -12)">` +
    `<path d="M 264 292 L 264 374 Q 300 396 336 374 L 336 292 Z" fill="${skin}"/>` +
    `<path d="M 264 300 Q 300 356 336 300 L 336 292 L 264 292 Z" fill="${skinShade}"/>` +
    `<path d="M 126 446 C 148 398 210 382 258 372 L 342 372 C 390 382 452 398 474 446 C 494 496 500 600 506 1400 L 94 1400 C 100 600 106 496 126 446 Z" fill="${jacket}"/>` +
    `<path d="M 126 446 C 112 500 104 620 98 1400 L 158 1400 C 160 760 164 560 170 480 Z" fill="${jacketShade}"/>` +
    `<path d="M 474 446 C 488 500 496 620 502 1400 L 442 1400 C 440 760 436 560 430 480 Z" fill="${jacketShade}"/>` +
    `<path d="M 256 374 L 344 374 L 306 660 L 294 660 Z" fill="${shirt}"/>` +
    `<path d="M 268 366 L 300 392 L 284 414 L 256 382 Z" fill="${shirt}" stroke="${shirtShade}" stroke-width="2" stroke-linejoin="round"/>` +
    `<path d="M 332 366 L 300 392 L 316 414 L 344 382 Z" fill="${shirt}" stroke="${shirtShade}" stroke-width="2" stroke-linejoin="round"/>` +
    `<path d="M 291 392 L 309 392 L 306 410 L 294 410 Z" fill="${tie}"/>` +
    `<path d="M 294 410 L 306 410 L 316 560 L 300 580 L 284 560 Z" fill="${tie}"/>` +
    `<path d="M 300 410 L 306 410 L 316 560 L 300 580 Z" fill="${tieShade}"/>` +
    `<path d="M 258 374 L 226 398 L 250 460 L 232 476 L 300 660 L 280 470 Z" fill="${lapel}"/>` +
    `<path d="M 342 374 L 374 398 L 350 460 L 368 476 L 300 660 L 320 470 Z" fill="${lapel}"/>` +
    `<path d="M 258 374 L 226 398 L 250 460 L 232 476 L 300 660" fill="none" stroke="${jacketShade}" stroke-width="2.5" stroke-linejoin="round"/>` +
    `<path d="M 342 374 L 374 398 L 350 460 L 368 476 L 300 660" fill="none" stroke="${jacketShade}" stroke-width="2.5" stroke-linejoin="round"/>` +
    `<path d="M 372 470 L 400 470 L 398 480 L 374 480 Z" fill="#f2f2f2" fill-opacity="0.85"/>` +
    `<circle cx="300" cy="706" r="6" fill="${jacketShade}"/>` +
    `</g>`,
  hairBack: "",
  face:
    `<ellipse cx="223" cy="234" rx="11" ry="19" fill="${skin}"/>` +
    `<ellipse cx="377" cy="234" rx="11" ry="19" fill="${skin}"/>` +
    `<path d="M 220 228 Q 226 234 222 244" fill="none" stroke="${skinShade}" stroke-width="2.4" stroke-linecap="round"/>` +
    `<path d="M 380 228 Q 374 234 378 244" fill="none" stroke="${skinShade}" stroke-width="2.4" stroke-linecap="round"/>` +
    `<path d="M 224 212 C 224 148 258 124 300 124 C 342 124 376 148 376 212 C 376 272 356 314 300 330 C 244 314 224 272 224 212 Z" fill="${skin}"/>` +
    `<path d="M 374 198 C 379 262 360 306 326 322 C 348 296 360 260 361 210 Z" fill="${skinShade}" fill-opacity="0.4"/>` +
    `<ellipse cx="258" cy="266" rx="12" ry="6" fill="#d9826a" fill-opacity="0.22"/>` +
    `<ellipse cx="342" cy="266" rx="12" ry="6" fill="#d9826a" fill-opacity="0.22"/>` +
    `<path d="M 304 238 Q 300 256 293 263 Q 300 269 309 265" fill="none" stroke="${skinShade}" stroke-width="2.6" stroke-linecap="round" stroke-linejoin="round"/>`,
  brows:
    `<path d="M 252 207 Q 268 198 287 203" fill="none" stroke="${hair}" stroke-width="6" stroke-linecap="round"/>` +
    `<path d="M 313 203 Q 332 198 348 207" fill="none" stroke="${hair}" stroke-width="6" stroke-linecap="round"/>`,
  hairFront:
    `<path d="M 223 198 L 233 194 L 230 226 Q 227 229 225 226 Z" fill="${hair}"/>` +
    `<path d="M 377 198 L 367 194 L 370 226 Q 373 229 375 226 Z" fill="${hair}"/>` +
    `<path d="M 222 212 C 210 150 240 102 304 102 C 364 102 394 146 378 212 C 376 190 370 170 360 160 C 336 168 300 160 276 150 C 264 160 252 158 244 152 C 232 168 226 188 222 212 Z" fill="${hair}"/>` +
    `<path d="M 276 150 C 300 136 338 140 360 160 C 336 168 300 160 276 150 Z" fill="${hairLight}"/>` +
    `<path d="M 266 110 C 258 124 252 138 250 150" fill="none" stroke="${hairLight}" stroke-width="3" stroke-linecap="round"/>` +
    `<path d="M 286 112 C 316 106 346 114 362 132 C 336 122 308 120 284 124 Z" fill="${hairLight}"/>`,
  eyes: { iris: "#4b3a2c", line: "#2f241f", lashes: false, lid: skinShade, crease: true },
  mouth: { lip: "#c27a66", line: "#7e3f37", inside: "#4e1f28", teeth: "#ffffff", tongue: "#cf7370" },
  mouthY: 294,
};
