// `video_inputs[2].voice.speed` from ["video_inputs", 2, "voice", "speed"]; the whole body when empty.
export function formatPath(path: ReadonlyArray<PropertyKey>): string {
  let out = "";
  for (const part of path) {
    if (typeof part === "number") out += `[${part}]`;
    else out += out ? `.${String(part)}` : String(part);
  }
  return out || "body";
}
