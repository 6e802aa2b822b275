import "server-only";
import path from "node:path";
import type { Readable } from "node:stream";
import { env } from "@/lib/env";
import type { ByteSource } from "@/lib/storage/stream-to-file";
import { LocalStorage } from "@/lib/storage/local-storage";

// Inclusive byte positions, as in an HTTP Range header.
export type ByteRange = { start: number; end: number };
export type StoredObject = { size: number; modifiedAt: Date };

// Where files live. Keys are validated by lib/storage/storage-key.ts. The local driver is the default; an
// S3 driver implements the same six methods (putFile becomes an upload of a local file).
export interface Storage {
  // Streams the body in, counting bytes (StorageLimitError past maxBytes); the key appears only when complete.
  put(key: string, body: ByteSource, options?: { maxBytes?: number }): Promise<{ size: number }>;
  // Moves a finished local file (e.g. a probed upload) into storage; the source path is consumed.
  putFile(key: string, localPath: string): Promise<{ size: number }>;
  // A read stream of the whole object or one range of it; null when the key does not exist.
  get(key: string, range?: ByteRange): Promise<Readable | null>;
  stat(key: string): Promise<StoredObject | null>;
  // Deleting a missing key is not an error.
  delete(key: string): Promise<void>;
  // Deletes every key that starts with prefix (e.g. `teams/<id>/`); answers how many were removed.
  deletePrefix(prefix: string): Promise<number>;
}

let instance: Storage | undefined;

export function storage(): Storage {
  if (!instance) {
    const { storageDriver, storageDir } = env();
    if (storageDriver !== "local") throw new Error(`STORAGE_DRIVER=${storageDriver} is not available yet; use local.`);
    instance = new LocalStorage(path.resolve(storageDir));
  }
  return instance;
}
