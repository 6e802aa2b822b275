// What the audio classifier tells apart: groups of ARPAbet phones that Rhubarb's rules (rhubarb-rules.ts)
// give the same mouth shapes, each named by one of its phones, plus "sil". The classes found in a
// recording become a phone track that visemeTimeline animates exactly as it animates a text voice's.
const GROUPS: Record<string, readonly string[]> = {
  sil: [],
  p: ["p", "b"],
  m: ["m", "em"],
  f: ["f", "v"],
  aa: ["aa"],
  ao: ["ao", "er", "axr"],
  iy: ["iy", "ih", "ix"],
  uw: ["uw", "uh", "ow", "w"],
  eh: ["eh", "ae"],
  ah: ["ah"],
  ax: ["ax"],
  ey: ["ey"],
  ay: ["ay"],
  aw: ["aw"],
  oy: ["oy"],
  t: ["t", "d", "dx"],
  k: ["k", "g"],
  s: ["ch", "jh", "th", "dh", "s", "z", "sh", "zh"],
  hh: ["hh"],
  n: ["n", "en"],
  ng: ["ng"],
  l: ["l", "el"],
  r: ["r"],
  y: ["y"],
};

export const PHONE_CLASSES: readonly string[] = Object.keys(GROUPS);

const CLASS_OF = new Map(Object.entries(GROUPS).flatMap(([name, phones]) => phones.map((p) => [p, name] as const)));

// The class of one phone ("sil" for silence; phones of other languages that Rhubarb does not know
// get its neutral B/C mouth, as rhubarb-rules does).
export function phoneClass(phone: string): string {
  const p = phone.toLowerCase().replace(/[0-9]/g, "");
  if (["sil", "sp", "spn", "pau", "h#", ""].includes(p)) return "sil";
  return CLASS_OF.get(p) ?? "ax";
}
