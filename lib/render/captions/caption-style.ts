// Caption look, as fractions of the output size: about 54 px text on 1080p, a 4 px outline, and margins
// that keep the text inside the title-safe area (5% sides would be action-safe; we use 7.5% and 8% bottom).
export const CAPTION_STYLE = {
  font: "Geist",
  fontSize: 0.05,
  outline: 0.0037,
  shadow: 0.0019,
  marginX: 0.075,
  marginBottom: 0.08,
  // Average advance of a Latin letter of Geist Bold, as a fraction of the font size (measured on rendered
  // frames: 0.37 to 0.39): the width of one caption column.
  columnWidth: 0.4,
} as const;
