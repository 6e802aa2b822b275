const ENTITIES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;" };

// espeak-ng reads its input as SSML, so the client's text is escaped: markup in it is never obeyed (the
// only tag we honour, <break>, was taken out before). `origin[i]` is the 0-based character of the
// original text that escaped character i came from, to map espeak's text positions back.
export function escapeSsml(text: string): { escaped: string; origin: number[] } {
  let escaped = "";
  const origin: number[] = [];
  Array.from(text).forEach((char, i) => {
    const out = ENTITIES[char] ?? char;
    escaped += out;
    for (let k = 0; k < out.length; k++) origin.push(i);
  });
  return { escaped, origin };
}
