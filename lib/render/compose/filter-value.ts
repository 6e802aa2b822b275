// Quotes a value (a path, a text) for a filter option inside -filter_complex: first the option level
// (\ ' :), then the graph level (\ ' [ ] , ;), as ffmpeg-filters "Notes on filtergraph escaping" describes.
export function filterValue(value: string): string {
  const optionLevel = value.replace(/[\\':]/g, (c) => `\\${c}`);
  return optionLevel.replace(/[\\'[\],;]/g, (c) => `\\${c}`);
}

/** #rrggbb as ffmpeg's 0xRRGGBB. */
export function ffColour(hex: string): string {
  return `0x${hex.replace(/^#/, "").toUpperCase()}`;
}
