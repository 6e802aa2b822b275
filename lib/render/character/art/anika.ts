import type { PresenterArt } from "./presenter-art";

// Anika: brown skin, long black hair parted in the middle and braided over one shoulder, a white
// doctor's coat over teal scrubs, a stethoscope round her neck (medical).
const skin = "#b47a52";
const skinShade = "#975e3b";
const hair = "#1b1311";
const hairLight = "#3a2924";
const coat = "#f8fafc";
const coatShade = "#dde4ec";
const scrubs = "#2c8c88";
const scrubsShade = "#237370";
const tube = "#36404c";
const steel = "#c5ccd5";

// One braid over the shoulder: overlapping lobes down a gentle curve, ending in a tie and a tuft.
const braid =
  Array.from({ length: 10 }, (_, i) => {
    const y = 262 + i * 19;
    const x = 240 - i * 1.6 - i * i * 0.14;
    const w = 12 - i * 0.45;
    const side = i % 2 ? 1 : -1;
    return (
      `<ellipse cx="${x + side * 3.5}" cy="${y}" rx="${w}" ry="${w + 3}" transform="rotate(${side * 32} ${x + side * 3.5} ${y})" fill="${hair}"/>` +
      `<path d="M ${x - side * w * 0.7} ${y - 7} Q ${x + side * 2} ${y + 1} ${x + side * w * 0.8} ${y + 9}" fill="none" stroke="${hairLight}" stroke-width="2.2" stroke-linecap="round"/>`
    );
  }).join("") +
  `<rect x="212" y="442" width="16" height="8" rx="4" fill="${scrubs}"/>` +
  `<path d="M 214 448 C 206 466 210 480 216 488 C 220 478 224 470 226 448 Z" fill="${hair}"/>`;

export const anika: PresenterArt = {
  key: "anika",
  version: 1,
  body:
    `<g transform="translate(0 -8)">` +
    `<path d="M 277 296 L 277 410 L 323 410 L 323 296 Z" fill="${skin}"/>` +
    `<path d="M 277 302 Q 300 352 323 302 L 323 296 L 277 296 Z" fill="${skinShade}"/>` +
    `<path d="M 138 452 C 158 404 214 388 262 378 L 338 378 C 386 388 442 404 462 452 C 484 502 492 600 498 1400 L 102 1400 C 108 600 116 502 138 452 Z" fill="${coat}"/>` +
    `<path d="M 138 452 C 124 506 116 620 110 1400 L 164 1400 C 166 760 168 580 174 496 Z" fill="${coatShade}"/>` +
    `<path d="M 462 452 C 476 506 484 620 490 1400 L 436 1400 C 434 760 432 580 426 496 Z" fill="${coatShade}"/>` +
    // Scrubs: a V-neck in the coat's opening.
    `<path d="M 258 380 L 342 380 L 318 700 L 282 700 Z" fill="${scrubs}"/>` +
    `<path d="M 270 380 L 300 440 L 330 380 Z" fill="${skin}"/>` +
    `<path d="M 268 380 L 300 446 L 332 380" fill="none" stroke="${scrubsShade}" stroke-width="5" stroke-linejoin="round"/>` +
    // Coat lapels, long and narrow, meeting low.
    `<path d="M 262 378 L 236 396 L 252 470 L 238 482 L 290 720 L 282 700 L 268 470 Z" fill="${coat}" stroke="${coatShade}" stroke-width="2.5" stroke-linejoin="round"/>` +
    `<path d="M 338 378 L 364 396 L 348 470 L 362 482 L 310 720 L 318 700 L 332 470 Z" fill="${coat}" stroke="${coatShade}" stroke-width="2.5" stroke-linejoin="round"/>` +
    // Stethoscope: tubes from behind the neck down both sides to the chest piece.
    `<path d="M 268 380 C 252 420 252 470 268 520 C 276 546 290 560 300 566" fill="none" stroke="${tube}" stroke-width="6" stroke-linecap="round"/>` +
    `<path d="M 332 380 C 348 420 348 470 336 514" fill="none" stroke="${tube}" stroke-width="6" stroke-linecap="round"/>` +
    `<circle cx="336" cy="522" r="11" fill="${steel}" stroke="#9aa4b0" stroke-width="2.5"/>` +
    `<circle cx="336" cy="522" r="5" fill="#9aa4b0"/>` +
    // Breast pocket with a pen and a name badge.
    `<path d="M 372 520 L 424 520 L 422 580 Q 398 588 374 580 Z" fill="${coat}" stroke="${coatShade}" stroke-width="2.5"/>` +
    `<rect x="384" y="500" width="6" height="30" rx="2" fill="#2f5fa8"/>` +
    `<rect x="190" y="508" width="52" height="30" rx="4" fill="#ffffff" stroke="${coatShade}" stroke-width="2"/>` +
    `<rect x="190" y="508" width="52" height="9" rx="3" fill="${scrubs}"/>` +
    `<rect x="198" y="524" width="34" height="4" rx="2" fill="#c4ccd6"/>` +
    `</g>`,
  hairBack: `<path d="M 300 104 C 238 104 212 152 214 216 C 216 246 222 262 234 268 L 366 268 C 378 262 384 246 386 216 C 388 152 362 104 300 104 Z" fill="${hair}"/>`,
  face:
    `<ellipse cx="229" cy="238" rx="10" ry="18" fill="${skin}"/>` +
    `<ellipse cx="371" cy="238" rx="10" ry="18" fill="${skin}"/>` +
    `<path d="M 226 232 Q 232 238 228 248" fill="none" stroke="${skinShade}" stroke-width="2.2" stroke-linecap="round"/>` +
    `<path d="M 374 232 Q 368 238 372 248" fill="none" stroke="${skinShade}" stroke-width="2.2" stroke-linecap="round"/>` +
    `<circle cx="228" cy="258" r="3.2" fill="#e9bc52"/>` +
    `<circle cx="372" cy="258" r="3.2" fill="#e9bc52"/>` +
    `<path d="M 230 212 C 230 148 262 124 300 124 C 338 124 370 148 370 212 C 370 276 346 322 300 334 C 254 322 230 276 230 212 Z" fill="${skin}"/>` +
    `<path d="M 368 200 C 373 264 354 308 322 324 C 344 298 354 262 356 212 Z" fill="${skinShade}" fill-opacity="0.4"/>` +
    `<ellipse cx="258" cy="266" rx="12" ry="6" fill="#c4624f" fill-opacity="0.28"/>` +
    `<ellipse cx="342" cy="266" rx="12" ry="6" fill="#c4624f" fill-opacity="0.28"/>` +
    `<path d="M 302 238 Q 299 254 292 261 Q 299 268 308 264" fill="none" stroke="${skinShade}" stroke-width="2.4" stroke-linecap="round" stroke-linejoin="round"/>` +
    `<circle cx="291" cy="262" r="1.6" fill="#e9bc52"/>`,
  brows:
    `<path d="M 253 209 Q 266 197 287 203" fill="none" stroke="${hair}" stroke-width="4.4" stroke-linecap="round"/>` +
    `<path d="M 313 203 Q 334 197 347 209" fill="none" stroke="${hair}" stroke-width="4.4" stroke-linecap="round"/>`,
  hairFront:
    braid +
    `<path d="M 226 232 C 216 152 252 108 300 108 C 348 108 384 152 374 232 C 372 202 364 180 350 166 C 334 152 314 144 301 132 C 288 144 266 152 250 166 C 236 180 228 202 226 232 Z" fill="${hair}"/>` +
    `<path d="M 301 112 L 301 132" stroke="${hairLight}" stroke-width="2.4" stroke-linecap="round"/>` +
    `<path d="M 290 118 C 262 124 242 146 236 180" fill="none" stroke="${hairLight}" stroke-width="3" stroke-linecap="round"/>` +
    `<path d="M 312 118 C 340 124 360 146 366 180" fill="none" stroke="${hairLight}" stroke-width="3" stroke-linecap="round"/>`,
  eyes: { iris: "#3b2417", line: "#1b1311", lashes: true, lid: skinShade, crease: true, scale: 1.06 },
  mouth: { lip: "#b45a55", line: "#7c3633", inside: "#4d1c26", teeth: "#ffffff", tongue: "#cf7370" },
  mouthY: 294,
};
