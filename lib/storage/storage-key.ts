// Storage keys are relative, slash-separated paths like `teams/<teamId>/assets/<id>.png`. Each segment is
// plain ASCII that never starts with a dot, so a key cannot climb out of the store (`..`), hide a file
// (`.tmp`) or need URL escaping in a signed link.
const SEGMENT = /^[A-Za-z0-9_-][A-Za-z0-9._-]*$/;
const MAX_KEY_LENGTH = 512;

class InvalidStorageKeyError extends Error {
  constructor(key: string) {
    super(`Invalid storage key ${JSON.stringify(key.slice(0, 80))}`);
    this.name = "InvalidStorageKeyError";
  }
}

export function isStorageKey(key: string): boolean {
  return key.length > 0 && key.length <= MAX_KEY_LENGTH && key.split("/").every((segment) => SEGMENT.test(segment));
}

export function storageKey(key: string): string {
  if (!isStorageKey(key)) throw new InvalidStorageKeyError(key);
  return key;
}

// A prefix is a key, optionally ending with "/" (a whole folder).
export function storagePrefix(prefix: string): string {
  const bare = prefix.endsWith("/") ? prefix.slice(0, -1) : prefix;
  storageKey(bare);
  return prefix;
}
