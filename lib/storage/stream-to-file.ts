import "server-only";
import { createWriteStream } from "node:fs";
import { rm } from "node:fs/promises";
import { Readable, Transform } from "node:stream";
import { pipeline } from "node:stream/promises";
import type { ReadableStream as WebReadableStream } from "node:stream/web";
import { StorageLimitError } from "@/lib/storage/storage-errors";

export type ByteSource = Readable | ReadableStream<Uint8Array> | AsyncIterable<Uint8Array>;

function toNodeReadable(source: ByteSource): Readable {
  if (source instanceof Readable) return source;
  if (typeof (source as ReadableStream<Uint8Array>).getReader === "function") {
    return Readable.fromWeb(source as unknown as WebReadableStream<Uint8Array>);
  }
  return Readable.from(source as AsyncIterable<Uint8Array>);
}

// Streams `source` into a new file at `path`, counting bytes. Past `maxBytes` it stops reading, deletes
// the partial file and throws StorageLimitError, so an oversized upload never fills the disk or memory.
export async function streamToFile(source: ByteSource, path: string, { maxBytes = Infinity }: { maxBytes?: number } = {}): Promise<number> {
  let size = 0;
  const counter = new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      size += chunk.length;
      if (size > maxBytes) callback(new StorageLimitError(maxBytes));
      else callback(null, chunk);
    },
  });
  try {
    await pipeline(toNodeReadable(source), counter, createWriteStream(path, { flags: "wx" }));
    return size;
  } catch (error) {
    await rm(path, { force: true });
    throw error;
  }
}
