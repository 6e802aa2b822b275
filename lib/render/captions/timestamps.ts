// Caption clock formats. Whole milliseconds (centiseconds for ASS) are rounded once, so cues stay monotonic.
function parts(seconds: number, unit: number) {
  const ticks = Math.round(Math.max(0, seconds) * unit);
  const frac = ticks % unit;
  const total = Math.floor(ticks / unit);
  return { h: Math.floor(total / 3600), m: Math.floor(total / 60) % 60, s: total % 60, frac };
}

const two = (n: number) => String(n).padStart(2, "0");

export function srtTime(seconds: number): string {
  const p = parts(seconds, 1000);
  return `${two(p.h)}:${two(p.m)}:${two(p.s)},${String(p.frac).padStart(3, "0")}`;
}

export function vttTime(seconds: number): string {
  return srtTime(seconds).replace(",", ".");
}

export function assTime(seconds: number): string {
  const p = parts(seconds, 100);
  return `${p.h}:${two(p.m)}:${two(p.s)}.${two(p.frac)}`;
}
