import type { Eyes } from "../types";

// `crease`: the fold of the upper lid above the open eye; `under`: a soft line below it (an older face);
// `scale`: the eye's size about its centre (1 = 26 units wide; at most 1.15 to stay in the face band).
export type EyeStyle = { iris: string; line: string; lashes: boolean; lid: string; crease?: boolean; under?: boolean; scale?: number };

// Both eyes, centred at (300 -/+ 29, 228) in art space.
export function eyesSvg(state: Eyes, s: EyeStyle): string {
  return [271, 329]
    .map((cx, i) => {
      const eye = state === "open" ? openEye(cx, i === 0, s) : closedEye(cx, i === 0, s);
      const k = s.scale ?? 1;
      return k === 1 ? eye : `<g transform="translate(${cx} 228) scale(${k}) translate(${-cx} -228)">${eye}</g>`;
    })
    .join("");
}

function folds(cx: number, cy: number, s: EyeStyle): string {
  const crease = s.crease
    ? `<path d="M ${cx - 11} ${cy - 8} Q ${cx + 1} ${cy - 15.5} ${cx + 12} ${cy - 8}" fill="none" stroke="${s.lid}" stroke-width="1.8" stroke-linecap="round"/>`
    : "";
  const under = s.under
    ? `<path d="M ${cx - 9} ${cy + 8} Q ${cx} ${cy + 11.5} ${cx + 9} ${cy + 8}" fill="none" stroke="${s.lid}" stroke-width="1.5" stroke-linecap="round"/>`
    : "";
  return crease + under;
}

function openEye(cx: number, left: boolean, s: EyeStyle): string {
  const cy = 228;
  const outer = left ? -1 : 1;
  const lash = s.lashes
    ? `<path d="M ${cx + outer * 11} ${cy - 3} Q ${cx + outer * 16} ${cy - 4} ${cx + outer * 18} ${cy - 8}" fill="none" stroke="${s.line}" stroke-width="2.6" stroke-linecap="round"/>`
    : "";
  return (
    `<g>` +
    folds(cx, cy, s) +
    `<path d="M ${cx - 13} ${cy} Q ${cx} ${cy - 12} ${cx + 13} ${cy} Q ${cx} ${cy + 9} ${cx - 13} ${cy} Z" fill="#ffffff"/>` +
    `<circle cx="${cx}" cy="${cy - 0.5}" r="7" fill="${s.iris}"/>` +
    `<circle cx="${cx}" cy="${cy - 0.5}" r="3.6" fill="#1b1416"/>` +
    `<circle cx="${cx + 2.4}" cy="${cy - 3}" r="1.9" fill="#ffffff"/>` +
    `<path d="M ${cx - 14} ${cy + 0.5} Q ${cx} ${cy - 13.5} ${cx + 14} ${cy + 0.5}" fill="none" stroke="${s.line}" stroke-width="${s.lashes ? 3.4 : 2.6}" stroke-linecap="round"/>` +
    lash +
    `</g>`
  );
}

function closedEye(cx: number, left: boolean, s: EyeStyle): string {
  const cy = 229;
  const outer = left ? -1 : 1;
  const lash = s.lashes
    ? `<path d="M ${cx + outer * 12} ${cy} Q ${cx + outer * 16} ${cy} ${cx + outer * 18} ${cy - 3}" fill="none" stroke="${s.line}" stroke-width="2.4" stroke-linecap="round"/>`
    : "";
  return (
    folds(cx, cy - 1, { ...s, crease: false }) +
    `<path d="M ${cx - 13} ${cy - 3} Q ${cx} ${cy - 8} ${cx + 13} ${cy - 3} L ${cx + 13} ${cy - 1} Q ${cx} ${cy + 5} ${cx - 13} ${cy - 1} Z" fill="${s.lid}"/>` +
    `<path d="M ${cx - 14} ${cy - 1} Q ${cx} ${cy + 6} ${cx + 14} ${cy - 1}" fill="none" stroke="${s.line}" stroke-width="${s.lashes ? 3 : 2.4}" stroke-linecap="round"/>` +
    lash
  );
}
