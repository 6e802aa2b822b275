// Where a talking photo's files live in storage: one folder per image content (SHA-256 of the uploaded
// bytes), shared by every team's row with those bytes, so the same photo is analysed once.
// The folder's prefix without its trailing slash, so deleting it removes the folder too (no other hash shares it).
export const photoPrefix = (sha256: string) => `photos/${sha256}`;

export const photoFiles = (sha256: string) => ({
  image: `${photoPrefix(sha256)}/image.jpg`,
  matte: `${photoPrefix(sha256)}/matte.png`,
  analysis: `${photoPrefix(sha256)}/analysis.json`,
  preview: `${photoPrefix(sha256)}/preview.jpg`,
  thumbnail: `${photoPrefix(sha256)}/thumbnail.jpg`,
});

/** Photos a team may keep at once. */
export const MAX_PHOTOS_PER_TEAM = 200;
