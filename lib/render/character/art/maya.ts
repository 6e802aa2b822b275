import type { PresenterArt } from "./presenter-art";

// Maya: dark shoulder-length bob, navy blazer over a cream blouse, small gold pendant.
const skin = "#f2c6a4";
const skinShade = "#e2a683";
const hair = "#2b1d1c";
const hairLight = "#43302d";
const blazer = "#2f4a73";
const blazerShade = "#253c5e";
const lapel = "#3a5a88";
const blouse = "#f8f2ea";

export const maya: PresenterArt = {
  key: "maya",
  version: 2,
  // Drawn a little higher so the blouse's neckline sits close under the chin.
  body:
    `<g transform="translate(0 -8)">` +
    `<path d="M 274 296 L 274 372 Q 300 392 326 372 L 326 296 Z" fill="${skin}"/>` +
    `<path d="M 274 300 Q 300 350 326 300 L 326 296 L 274 296 Z" fill="${skinShade}"/>` +
    `<path d="M 140 444 C 160 402 215 386 262 374 L 338 374 C 385 386 440 402 460 444 C 482 494 492 600 498 1400 L 102 1400 C 108 600 118 494 140 444 Z" fill="${blazer}"/>` +
    `<path d="M 140 444 C 124 500 116 620 110 1400 L 168 1400 C 170 760 172 560 178 478 Z" fill="${blazerShade}"/>` +
    `<path d="M 460 444 C 476 500 484 620 490 1400 L 432 1400 C 430 760 428 560 422 478 Z" fill="${blazerShade}"/>` +
    `<path d="M 258 374 L 342 374 L 301 640 L 299 640 Z" fill="${blouse}"/>` +
    `<path d="M 276 374 L 324 374 L 300 436 Z" fill="${skin}"/>` +
    `<path d="M 283 380 Q 300 418 317 380" fill="none" stroke="#d6a43f" stroke-width="1.6"/>` +
    `<circle cx="300" cy="416" r="4.5" fill="#e0b04c"/>` +
    `<path d="M 262 374 L 230 396 L 254 458 L 236 474 L 300 640 L 282 470 Z" fill="${lapel}"/>` +
    `<path d="M 338 374 L 370 396 L 346 458 L 364 474 L 300 640 L 318 470 Z" fill="${lapel}"/>` +
    `<path d="M 262 374 L 230 396 L 254 458 L 236 474 L 300 640" fill="none" stroke="${blazerShade}" stroke-width="2.5" stroke-linejoin="round"/>` +
    `<path d="M 338 374 L 370 396 L 346 458 L 364 474 L 300 640" fill="none" stroke="${blazerShade}" stroke-width="2.5" stroke-linejoin="round"/>` +
    `<circle cx="300" cy="690" r="6" fill="${blazerShade}"/>` +
    `</g>`,
  hairBack: `<path d="M 300 100 C 214 100 190 170 194 244 C 198 310 192 350 206 380 Q 214 394 232 390 L 368 390 Q 386 394 394 380 C 408 350 402 310 406 244 C 410 170 386 100 300 100 Z" fill="${hair}"/>`,
  face:
    `<path d="M 226 214 C 226 150 260 128 300 128 C 340 128 374 150 374 214 C 374 270 350 318 300 328 C 250 318 226 270 226 214 Z" fill="${skin}"/>` +
    `<path d="M 372 200 C 377 262 358 304 324 320 C 346 294 357 260 359 212 Z" fill="${skinShade}" fill-opacity="0.4"/>` +
    `<ellipse cx="256" cy="264" rx="13" ry="7" fill="#ee9a86" fill-opacity="0.35"/>` +
    `<ellipse cx="344" cy="264" rx="13" ry="7" fill="#ee9a86" fill-opacity="0.35"/>` +
    `<path d="M 303 240 Q 299 256 293 262 Q 299 267 307 264" fill="none" stroke="${skinShade}" stroke-width="2.4" stroke-linecap="round" stroke-linejoin="round"/>`,
  brows:
    `<path d="M 254 208 Q 269 199 286 204" fill="none" stroke="${hair}" stroke-width="4.2" stroke-linecap="round"/>` +
    `<path d="M 314 204 Q 331 199 346 208" fill="none" stroke="${hair}" stroke-width="4.2" stroke-linecap="round"/>`,
  hairFront:
    `<path d="M 222 196 C 214 254 220 320 244 352 C 240 368 224 378 208 374 C 200 372 198 366 202 358 C 208 320 204 252 210 200 Z" fill="${hair}"/>` +
    `<path d="M 378 196 C 386 254 380 320 356 352 C 360 368 376 378 392 374 C 400 372 402 366 398 358 C 392 320 396 252 390 200 Z" fill="${hair}"/>` +
    `<path d="M 300 106 C 238 106 208 146 210 214 L 222 222 C 226 206 234 198 246 194 C 272 184 296 166 312 140 C 330 170 354 188 378 198 C 382 204 386 212 388 222 L 390 214 C 392 146 362 106 300 106 Z" fill="${hair}"/>` +
    `<path d="M 300 116 C 268 120 248 136 240 164 C 262 148 286 138 306 128 Z" fill="${hairLight}"/>` +
    `<path d="M 216 250 C 214 290 220 326 236 350 C 226 340 216 312 214 280 Z" fill="${hairLight}"/>`,
  eyes: { iris: "#5a3a2a", line: "#2b1d1c", lashes: true, lid: skinShade, crease: true },
  mouth: { lip: "#cf6a66", line: "#93403f", inside: "#5a2230", teeth: "#ffffff", tongue: "#d9787a" },
  mouthY: 293,
};
