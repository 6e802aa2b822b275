import type { PresenterArt } from "./presenter-art";

// Kenji: a young man with light golden skin, black textured hair swept up and to the side with short
// sides, a chambray overshirt open over a white tee (casual).
const skin = "#efcda4";
const skinShade = "#d8aa7e";
const hair = "#17161b";
const hairLight = "#34333d";
const denim = "#56779b";
const denimShade = "#445f7f";
const stitch = "#9db4cc";
const tee = "#f6f5f1";
const teeShade = "#dedcd5";

export const kenji: PresenterArt = {
  key: "kenji",
  version: 1,
  body:
    `<g transform="translate(0 -10)">` +
    `<path d="M 272 296 L 272 404 L 328 404 L 328 296 Z" fill="${skin}"/>` +
    `<path d="M 272 302 Q 300 354 328 302 L 328 296 L 272 296 Z" fill="${skinShade}"/>` +
    `<path d="M 130 452 C 150 402 210 386 258 378 L 342 378 C 390 386 450 402 470 452 C 492 502 498 600 504 1400 L 96 1400 C 102 600 108 502 130 452 Z" fill="${denim}"/>` +
    `<path d="M 130 452 C 116 506 108 620 102 1400 L 158 1400 C 160 760 162 570 168 490 Z" fill="${denimShade}"/>` +
    `<path d="M 470 452 C 484 506 492 620 498 1400 L 442 1400 C 440 760 438 570 432 490 Z" fill="${denimShade}"/>` +
    // The tee in the open shirt, its round neck.
    `<path d="M 246 384 L 264 374 L 336 374 L 354 384 L 346 1400 L 254 1400 Z" fill="${tee}"/>` +
    `<path d="M 262 380 C 274 404 326 404 338 380" fill="none" stroke="${teeShade}" stroke-width="6" stroke-linecap="round"/>` +
    // Shirt fronts with a placket line and buttons, the collar points folded out.
    `<path d="M 246 382 L 264 700 L 252 1400 L 200 1400 L 214 520 Z" fill="${denim}"/>` +
    `<path d="M 354 382 L 336 700 L 348 1400 L 400 1400 L 386 520 Z" fill="${denim}"/>` +
    `<path d="M 246 382 L 264 700" fill="none" stroke="${denimShade}" stroke-width="3"/>` +
    `<path d="M 354 382 L 336 700" fill="none" stroke="${denimShade}" stroke-width="3"/>` +
    `<circle cx="254" cy="520" r="4" fill="#e8e4da"/><circle cx="258" cy="600" r="4" fill="#e8e4da"/>` +
    `<path d="M 258 376 L 230 396 L 246 446 L 262 410 Z" fill="${denim}" stroke="${denimShade}" stroke-width="2.5" stroke-linejoin="round"/>` +
    `<path d="M 342 376 L 370 396 L 354 446 L 338 410 Z" fill="${denim}" stroke="${denimShade}" stroke-width="2.5" stroke-linejoin="round"/>` +
    // Chest pockets with flaps and contrast stitching.
    `<path d="M 176 500 L 228 500 L 226 560 L 178 560 Z" fill="none" stroke="${stitch}" stroke-width="2" stroke-dasharray="5 4"/>` +
    `<path d="M 174 496 L 230 496 L 228 516 L 202 522 L 176 516 Z" fill="${denimShade}"/>` +
    `<path d="M 372 500 L 424 500 L 422 560 L 374 560 Z" fill="none" stroke="${stitch}" stroke-width="2" stroke-dasharray="5 4"/>` +
    `<path d="M 370 496 L 426 496 L 424 516 L 398 522 L 372 516 Z" fill="${denimShade}"/>` +
    `<path d="M 150 446 C 190 420 230 410 250 404" fill="none" stroke="${stitch}" stroke-width="2" stroke-dasharray="5 4"/>` +
    `<path d="M 450 446 C 410 420 370 410 350 404" fill="none" stroke="${stitch}" stroke-width="2" stroke-dasharray="5 4"/>` +
    `</g>`,
  hairBack: "",
  face:
    `<ellipse cx="225" cy="236" rx="10" ry="18" fill="${skin}"/>` +
    `<ellipse cx="375" cy="236" rx="10" ry="18" fill="${skin}"/>` +
    `<path d="M 222 230 Q 228 236 224 246" fill="none" stroke="${skinShade}" stroke-width="2.2" stroke-linecap="round"/>` +
    `<path d="M 378 230 Q 372 236 376 246" fill="none" stroke="${skinShade}" stroke-width="2.2" stroke-linecap="round"/>` +
    `<path d="M 228 208 C 228 146 260 124 300 124 C 340 124 372 146 372 208 C 372 262 356 300 328 320 C 316 328 308 332 300 332 C 292 332 284 328 272 320 C 244 300 228 262 228 208 Z" fill="${skin}"/>` +
    `<path d="M 370 196 C 374 258 358 298 326 320 C 346 292 356 258 357 208 Z" fill="${skinShade}" fill-opacity="0.4"/>` +
    `<ellipse cx="258" cy="264" rx="12" ry="6" fill="#ea9a84" fill-opacity="0.25"/>` +
    `<ellipse cx="342" cy="264" rx="12" ry="6" fill="#ea9a84" fill-opacity="0.25"/>` +
    `<path d="M 294 258 Q 300 264 306 258" fill="none" stroke="${skinShade}" stroke-width="2.6" stroke-linecap="round"/>`,
  brows:
    `<path d="M 252 206 L 268 201 L 287 203" fill="none" stroke="${hair}" stroke-width="5.4" stroke-linecap="round" stroke-linejoin="round"/>` +
    `<path d="M 313 203 L 332 201 L 348 206" fill="none" stroke="${hair}" stroke-width="5.4" stroke-linecap="round" stroke-linejoin="round"/>`,
  hairFront:
    // Short sides down to the ears, the top swept up and to the right, ending in soft pointed locks.
    `<path d="M 226 228 C 214 150 238 96 292 86 C 334 80 372 96 386 132 C 394 156 386 186 374 228 L 368 228 C 368 200 364 180 356 168 Q 352 176 346 186 Q 342 168 332 158 Q 326 170 316 176 Q 314 160 302 150 Q 294 164 282 168 Q 282 156 276 148 Q 268 164 254 172 Q 250 168 248 162 C 240 176 234 196 232 228 Z" fill="${hair}"/>` +
    `<path d="M 262 112 C 292 98 332 100 358 120" fill="none" stroke="${hairLight}" stroke-width="3.4" stroke-linecap="round"/>` +
    `<path d="M 252 134 C 280 120 320 118 350 138" fill="none" stroke="${hairLight}" stroke-width="3" stroke-linecap="round"/>`,
  eyes: { iris: "#2c211d", line: "#17161b", lashes: false, lid: skinShade, scale: 0.98 },
  mouth: { lip: "#d58e79", line: "#94503f", inside: "#4e1f28", teeth: "#ffffff", tongue: "#d27672" },
  mouthY: 294,
};
