import type { PresenterArt } from "./presenter-art";

// Helen: an older woman with fair, rosy skin, a silver chin-length bob with a side-swept fringe, pearl
// earrings and necklace, a plum cardigan over a cream top (teaching).
const skin = "#f3c9ae";
const skinShade = "#dca58b";
const hair = "#c9ced6";
const hairShade = "#a7aeb9";
const hairLight = "#e9ecf0";
const cardigan = "#7b3a5d";
const cardiganShade = "#642e4b";
const top = "#f6eee2";
const topShade = "#e4d8c6";
const pearl = "#fbf8f1";

const pearls = Array.from({ length: 13 }, (_, i) => {
  const t = i / 12;
  const x = 262 + 76 * t;
  const y = 392 + 44 * Math.sin(Math.PI * t);
  return `<circle cx="${x.toFixed(1)}" cy="${y.toFixed(1)}" r="4.6" fill="${pearl}" stroke="#d9d2c4" stroke-width="1"/>`;
}).join("");

export const helen: PresenterArt = {
  key: "helen",
  version: 1,
  body:
    `<g transform="translate(0 -8)">` +
    `<path d="M 276 296 L 276 404 L 324 404 L 324 296 Z" fill="${skin}"/>` +
    `<path d="M 276 302 Q 300 352 324 302 L 324 296 L 276 296 Z" fill="${skinShade}"/>` +
    `<path d="M 142 452 C 162 406 216 390 262 380 L 338 380 C 384 390 438 406 458 452 C 480 502 488 600 494 1400 L 106 1400 C 112 600 120 502 142 452 Z" fill="${cardigan}"/>` +
    `<path d="M 142 452 C 128 506 120 620 114 1400 L 168 1400 C 170 760 172 570 178 492 Z" fill="${cardiganShade}"/>` +
    `<path d="M 458 452 C 472 506 480 620 486 1400 L 432 1400 C 430 760 428 570 422 492 Z" fill="${cardiganShade}"/>` +
    // The top's scoop neck, then the cardigan's fronts (ribbed bands) closing below the chest.
    `<path d="M 250 382 L 350 382 L 306 640 L 294 640 Z" fill="${top}"/>` +
    `<path d="M 268 382 C 274 420 326 420 332 382 Z" fill="${skin}"/>` +
    `<path d="M 266 382 C 272 424 328 424 334 382" fill="none" stroke="${topShade}" stroke-width="3"/>` +
    `<path d="M 258 380 L 244 390 L 294 640 L 300 640 Z" fill="${cardiganShade}"/>` +
    `<path d="M 342 380 L 356 390 L 306 640 L 300 640 Z" fill="${cardiganShade}"/>` +
    `<path d="M 250 384 L 300 640 L 300 1400 L 260 1400 L 262 640 L 230 396 Z" fill="${cardigan}"/>` +
    `<path d="M 350 384 L 300 640 L 300 1400 L 340 1400 L 338 640 L 370 396 Z" fill="${cardigan}"/>` +
    `<path d="M 250 384 L 300 640 L 300 1400 M 350 384 L 300 640" fill="none" stroke="${cardiganShade}" stroke-width="3"/>` +
    `<circle cx="300" cy="680" r="6" fill="${pearl}" stroke="#d9d2c4"/><circle cx="300" cy="760" r="6" fill="${pearl}" stroke="#d9d2c4"/>` +
    pearls +
    `</g>`,
  hairBack: `<path d="M 300 104 C 232 104 212 160 214 226 C 216 262 220 286 232 296 L 368 296 C 380 286 384 262 386 226 C 388 160 368 104 300 104 Z" fill="${hairShade}"/>`,
  face:
    `<circle cx="227" cy="266" r="5" fill="${pearl}"/>` +
    `<circle cx="373" cy="266" r="5" fill="${pearl}"/>` +
    `<path d="M 226 206 C 226 146 258 124 300 124 C 342 124 374 146 374 206 C 374 264 346 312 300 328 C 254 312 226 264 226 206 Z" fill="${skin}"/>` +
    `<path d="M 372 194 C 377 256 356 302 324 320 C 346 292 356 256 358 206 Z" fill="${skinShade}" fill-opacity="0.4"/>` +
    `<ellipse cx="256" cy="262" rx="13" ry="7" fill="#e8877d" fill-opacity="0.38"/>` +
    `<ellipse cx="344" cy="262" rx="13" ry="7" fill="#e8877d" fill-opacity="0.38"/>` +
    // Smile lines and crow's feet: a face that has laughed a lot.
    `<path d="M 274 270 Q 266 282 270 294" fill="none" stroke="${skinShade}" stroke-width="1.8" stroke-linecap="round" stroke-opacity="0.7"/>` +
    `<path d="M 326 270 Q 334 282 330 294" fill="none" stroke="${skinShade}" stroke-width="1.8" stroke-linecap="round" stroke-opacity="0.7"/>` +
    `<path d="M 244 226 l -7 -3 M 244 231 l -7 2" stroke="${skinShade}" stroke-width="1.6" stroke-linecap="round"/>` +
    `<path d="M 356 226 l 7 -3 M 356 231 l 7 2" stroke="${skinShade}" stroke-width="1.6" stroke-linecap="round"/>` +
    `<path d="M 302 240 Q 298 255 293 261 Q 299 266 307 263" fill="none" stroke="${skinShade}" stroke-width="2.4" stroke-linecap="round" stroke-linejoin="round"/>`,
  brows:
    `<path d="M 254 207 Q 270 197 287 203" fill="none" stroke="#8d8f96" stroke-width="3.8" stroke-linecap="round"/>` +
    `<path d="M 313 203 Q 330 197 346 207" fill="none" stroke="#8d8f96" stroke-width="3.8" stroke-linecap="round"/>`,
  hairFront:
    // Sides of the bob flicking out at the jaw, then the crown with a fringe swept from a left parting.
    `<path d="M 230 180 C 214 226 218 270 240 296 C 230 308 208 308 196 296 C 188 262 190 212 206 178 Z" fill="${hair}"/>` +
    `<path d="M 370 180 C 386 226 382 270 360 296 C 370 308 392 308 404 296 C 412 262 410 212 394 178 Z" fill="${hair}"/>` +
    `<path d="M 200 238 C 190 150 240 100 302 100 C 364 100 410 150 400 238 C 394 208 386 190 374 180 C 348 184 310 174 286 154 C 276 146 268 140 262 132 C 256 156 242 180 226 198 C 216 210 206 224 200 238 Z" fill="${hair}"/>` +
    `<path d="M 270 136 C 296 162 336 174 372 176" fill="none" stroke="${hairShade}" stroke-width="3" stroke-linecap="round"/>` +
    `<path d="M 262 132 C 252 160 236 182 216 204" fill="none" stroke="${hairShade}" stroke-width="2.6" stroke-linecap="round"/>` +
    `<path d="M 244 122 C 280 106 334 108 370 134" fill="none" stroke="${hairLight}" stroke-width="4" stroke-linecap="round"/>` +
    `<path d="M 206 216 C 200 248 204 276 216 296" fill="none" stroke="${hairShade}" stroke-width="2.6" stroke-linecap="round"/>` +
    `<path d="M 394 216 C 400 248 396 276 384 296" fill="none" stroke="${hairShade}" stroke-width="2.6" stroke-linecap="round"/>`,
  eyes: { iris: "#5f7c5a", line: "#4a3a36", lashes: true, lid: skinShade, crease: true, under: true },
  mouth: { lip: "#c45f6e", line: "#8c3a47", inside: "#4d1c26", teeth: "#fbf7ee", tongue: "#d27672" },
  mouthY: 293,
  mouthScale: 0.95,
};
