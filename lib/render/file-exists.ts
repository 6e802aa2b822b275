import { access } from "node:fs/promises";

/** Whether a file (or folder) is there; the sprite caches check their complete marks with it. */
export const fileExists = (p: string) =>
  access(p).then(
    () => true,
    () => false,
  );
