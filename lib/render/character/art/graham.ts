import type { PresenterArt } from "./presenter-art";

// Graham: an older teacher with fair skin, a bald crown and white hair at the sides, a trimmed white
// beard, glasses, a brown tweed jacket over a green knit and an open shirt collar (teaching).
const skin = "#f1c8ae";
const skinShade = "#d9a288";
const hair = "#e6e4df";
const hairShade = "#c3bfb6";
const tweed = "#7d5f45";
const tweedShade = "#654a35";
const tweedFleck = "#9a7b5e";
const knit = "#3f5e48";
const knitShade = "#324c3a";
const shirt = "#e6eef6";
const shirtShade = "#c6d3e2";
const frame = "#3a3d44";

// The tweed's texture: short diagonal flecks in rows.
const flecks = Array.from({ length: 60 }, (_, i) => {
  const x = 120 + ((i * 53) % 360);
  const y = 470 + Math.floor(i / 6) * 42 + ((i * 17) % 20);
  return x > 250 && x < 350 ? "" : `<path d="M ${x} ${y} l 6 -6" stroke="${tweedFleck}" stroke-width="2" stroke-linecap="round"/>`;
}).join("");

export const graham: PresenterArt = {
  key: "graham",
  version: 1,
  body:
    `<g transform="translate(0 -10)">` +
    `<path d="M 266 296 L 266 404 L 334 404 L 334 296 Z" fill="${skin}"/>` +
    `<path d="M 266 300 Q 300 356 334 300 L 334 296 L 266 296 Z" fill="${skinShade}"/>` +
    `<path d="M 122 450 C 144 400 208 384 256 374 L 344 374 C 392 384 456 400 478 450 C 498 500 504 600 510 1400 L 90 1400 C 96 600 102 500 122 450 Z" fill="${tweed}"/>` +
    flecks +
    `<path d="M 122 450 C 108 504 100 620 94 1400 L 154 1400 C 156 760 160 560 166 482 Z" fill="${tweedShade}"/>` +
    `<path d="M 478 450 C 492 504 500 620 506 1400 L 446 1400 C 444 760 440 560 434 482 Z" fill="${tweedShade}"/>` +
    // The knit: a deep V, the shirt's open collar in it.
    `<path d="M 250 376 L 350 376 L 318 640 L 282 640 Z" fill="${knit}"/>` +
    `<path d="M 262 376 L 300 470 L 338 376 Z" fill="${shirt}"/>` +
    `<path d="M 274 376 L 300 424 L 326 376 Z" fill="${skin}"/>` +
    `<path d="M 262 376 L 300 470 L 338 376" fill="none" stroke="${knitShade}" stroke-width="7" stroke-linejoin="round"/>` +
    `<path d="M 270 366 L 300 424 L 280 436 L 254 386 Z" fill="${shirt}" stroke="${shirtShade}" stroke-width="2" stroke-linejoin="round"/>` +
    `<path d="M 330 366 L 300 424 L 320 436 L 346 386 Z" fill="${shirt}" stroke="${shirtShade}" stroke-width="2" stroke-linejoin="round"/>` +
    `<path d="M 256 374 L 222 400 L 248 464 L 228 480 L 292 650 L 276 470 Z" fill="${tweedFleck}"/>` +
    `<path d="M 344 374 L 378 400 L 352 464 L 372 480 L 308 650 L 324 470 Z" fill="${tweedFleck}"/>` +
    `<path d="M 256 374 L 222 400 L 248 464 L 228 480 L 292 650" fill="none" stroke="${tweedShade}" stroke-width="2.5" stroke-linejoin="round"/>` +
    `<path d="M 344 374 L 378 400 L 352 464 L 372 480 L 308 650" fill="none" stroke="${tweedShade}" stroke-width="2.5" stroke-linejoin="round"/>` +
    `<circle cx="300" cy="700" r="7" fill="${tweedShade}"/>` +
    `</g>`,
  hairBack: "",
  face:
    `<ellipse cx="221" cy="236" rx="12" ry="20" fill="${skin}"/>` +
    `<ellipse cx="379" cy="236" rx="12" ry="20" fill="${skin}"/>` +
    `<path d="M 218 229 Q 225 236 220 247" fill="none" stroke="${skinShade}" stroke-width="2.4" stroke-linecap="round"/>` +
    `<path d="M 382 229 Q 375 236 380 247" fill="none" stroke="${skinShade}" stroke-width="2.4" stroke-linecap="round"/>` +
    `<path d="M 222 212 C 222 146 256 118 300 118 C 344 118 378 146 378 212 C 378 268 366 306 334 324 C 320 332 310 334 300 334 C 290 334 280 332 266 324 C 234 306 222 268 222 212 Z" fill="${skin}"/>` +
    `<path d="M 376 198 C 381 262 364 302 330 322 C 352 294 362 260 363 210 Z" fill="${skinShade}" fill-opacity="0.4"/>` +
    `<ellipse cx="282" cy="140" rx="26" ry="10" fill="#fbe2d3" fill-opacity="0.7"/>` +
    // Forehead lines and crow's feet.
    `<path d="M 266 168 Q 300 162 334 168" fill="none" stroke="${skinShade}" stroke-width="2" stroke-linecap="round" stroke-opacity="0.7"/>` +
    `<path d="M 272 180 Q 300 175 328 180" fill="none" stroke="${skinShade}" stroke-width="2" stroke-linecap="round" stroke-opacity="0.7"/>` +
    `<path d="M 240 226 l -8 -4 M 240 232 l -8 2" stroke="${skinShade}" stroke-width="1.8" stroke-linecap="round"/>` +
    `<path d="M 360 226 l 8 -4 M 360 232 l 8 2" stroke="${skinShade}" stroke-width="1.8" stroke-linecap="round"/>` +
    `<ellipse cx="256" cy="262" rx="13" ry="7" fill="#e2877a" fill-opacity="0.35"/>` +
    `<ellipse cx="344" cy="262" rx="13" ry="7" fill="#e2877a" fill-opacity="0.35"/>` +
    `<path d="M 304 236 Q 302 254 292 262 Q 300 270 312 264" fill="none" stroke="${skinShade}" stroke-width="2.8" stroke-linecap="round" stroke-linejoin="round"/>` +
    // The beard: from the sideburns round the jaw, open over the cheeks, with a moustache over the mouth.
    `<path d="M 224 236 L 234 236 C 236 262 246 280 262 290 C 274 284 288 280 300 281 C 312 280 326 284 338 290 C 354 280 364 262 366 236 L 376 236 C 378 300 352 346 300 352 C 248 346 222 300 224 236 Z" fill="${hair}"/>` +
    `<path d="M 300 348 C 270 346 248 330 236 304" fill="none" stroke="${hairShade}" stroke-width="2.4" stroke-linecap="round"/>` +
    `<path d="M 300 348 C 330 346 352 330 364 304" fill="none" stroke="${hairShade}" stroke-width="2.4" stroke-linecap="round"/>` +
    `<path d="M 268 290 C 278 276 292 274 300 279 C 308 274 322 276 332 290 C 320 287 310 286 300 289 C 290 286 280 287 268 290 Z" fill="${hair}" stroke="${hairShade}" stroke-width="1.6" stroke-linejoin="round"/>`,
  brows:
    `<path d="M 250 206 Q 268 194 288 201" fill="none" stroke="${hairShade}" stroke-width="7" stroke-linecap="round"/>` +
    `<path d="M 312 201 Q 332 194 350 206" fill="none" stroke="${hairShade}" stroke-width="7" stroke-linecap="round"/>`,
  hairFront:
    `<path d="M 222 246 C 214 214 216 184 230 164 C 240 152 254 146 262 150 C 248 164 240 188 238 214 C 236 228 234 240 232 250 Z" fill="${hair}"/>` +
    `<path d="M 378 246 C 386 214 384 184 370 164 C 360 152 346 146 338 150 C 352 164 360 188 362 214 C 364 228 366 240 368 250 Z" fill="${hair}"/>` +
    `<path d="M 230 196 C 234 180 242 168 252 160" fill="none" stroke="${hairShade}" stroke-width="2" stroke-linecap="round"/>` +
    `<path d="M 370 196 C 366 180 358 168 348 160" fill="none" stroke="${hairShade}" stroke-width="2" stroke-linecap="round"/>`,
  front:
    `<rect x="247" y="212" width="48" height="32" rx="9" fill="#ffffff" fill-opacity="0.12" stroke="${frame}" stroke-width="3.4"/>` +
    `<rect x="305" y="212" width="48" height="32" rx="9" fill="#ffffff" fill-opacity="0.12" stroke="${frame}" stroke-width="3.4"/>` +
    `<path d="M 295 224 Q 300 219 305 224" fill="none" stroke="${frame}" stroke-width="3"/>` +
    `<path d="M 247 222 L 226 218 M 353 222 L 374 218" stroke="${frame}" stroke-width="3" stroke-linecap="round"/>`,
  eyes: { iris: "#5d7d99", line: "#3a3d44", lashes: false, lid: skinShade, crease: true, under: true },
  mouth: { lip: "#c98379", line: "#8a4a42", inside: "#4e1f28", teeth: "#f6f3ea", tongue: "#cf7370" },
  mouthY: 298,
};
