// espeak-ng phoneme names (IPA, any language) to the ARPAbet set lip-sync works with. Mouth shapes only
// need the place of articulation and the vowel's openness and rounding, so foreign sounds map to the
// nearest English phone.
const TABLE: Record<string, string> = {
  i: "iy",
  ɪ: "ih",
  e: "ey",
  eɪ: "ey",
  ɛ: "eh",
  æ: "ae",
  a: "aa",
  ɑ: "aa",
  ɒ: "aa",
  ɐ: "ah",
  ʌ: "ah",
  ə: "ah",
  ɔ: "ao",
  o: "ow",
  oʊ: "ow",
  əʊ: "ow",
  ʊ: "uh",
  u: "uw",
  ɚ: "er",
  ɜ: "er",
  ɝ: "er",
  aɪ: "ay",
  aʊ: "aw",
  ɔɪ: "oy",
  y: "uw",
  ʏ: "uh",
  ø: "er",
  œ: "er",
  ɨ: "ih",
  ɯ: "uw",
  ɤ: "ah",
  ɘ: "ah",
  ɵ: "er",
  ɪə: "ih",
  eə: "eh",
  ʊə: "uh",
  p: "p",
  b: "b",
  t: "t",
  d: "d",
  k: "k",
  g: "g",
  ɡ: "g",
  q: "k",
  ʔ: "t",
  m: "m",
  n: "n",
  ŋ: "ng",
  ɲ: "n",
  ɳ: "n",
  f: "f",
  v: "v",
  θ: "th",
  ð: "dh",
  s: "s",
  z: "z",
  ʃ: "sh",
  ʒ: "zh",
  ɕ: "sh",
  ʑ: "zh",
  ʂ: "sh",
  ʐ: "zh",
  h: "hh",
  x: "hh",
  ç: "hh",
  χ: "hh",
  ɦ: "hh",
  ɣ: "g",
  β: "b",
  ɸ: "f",
  tʃ: "ch",
  dʒ: "jh",
  ts: "s",
  dz: "z",
  tɕ: "ch",
  dʑ: "jh",
  tʂ: "ch",
  pf: "f",
  l: "l",
  ɫ: "l",
  ʎ: "l",
  ɭ: "l",
  ɹ: "r",
  r: "r",
  ɾ: "r",
  ʁ: "r",
  ʀ: "r",
  ɽ: "r",
  j: "y",
  w: "w",
  ɥ: "w",
  ʋ: "v",
};

const VOWELS = /[aeiouyæɑɒɐʌəɔʊɚɜɝɪøœɨɯɤɘɵ]/;

// Stress, length, nasalisation, aspiration, tones and syllable marks carry no mouth shape.
const MARKS = /[ˈˌːˑ\u0300-\u036fʰʲʷˠˤ˞ⁿ˥˦˧˨˩0-9-]/g;

export function ipaToArpabet(ipa: string): string {
  const bare = ipa.replace(MARKS, "");
  if (!bare) return "sil";
  const exact = TABLE[bare];
  if (exact) return exact;
  // Longer clusters (diphthongs espeak writes as one phoneme, affricates with tie bars): their first sound.
  const tied = bare.replace(/\u0361/g, "");
  if (TABLE[tied]) return TABLE[tied];
  for (let n = Math.min(2, tied.length); n >= 1; n--) {
    const head = TABLE[tied.slice(0, n)];
    if (head) return head;
  }
  return VOWELS.test(tied) ? "ah" : "t";
}
