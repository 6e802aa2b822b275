import "server-only";

export type SplitStream = { head: Buffer; rest: AsyncIterable<Uint8Array>; release: () => void; finished: () => boolean };

// Reads the first `bytes` (or the whole body when shorter) so the content can be sniffed before any
// limit is chosen, and hands back the head plus an iterable of everything after it, head first.
export async function readHead(body: ReadableStream<Uint8Array>, bytes: number): Promise<SplitStream> {
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let length = 0;
  let done = false;
  while (length < bytes) {
    const next = await reader.read();
    if (next.done) {
      done = true;
      break;
    }
    chunks.push(next.value);
    length += next.value.byteLength;
  }
  const head = Buffer.concat(chunks);
  async function* rest(): AsyncGenerator<Uint8Array> {
    yield head;
    while (!done) {
      const next = await reader.read();
      if (next.done) done = true;
      else yield next.value;
    }
  }
  // Stops our reading without cancelling the request body: cancelling would reset the connection before
  // the client can read our 413.
  const release = () => reader.releaseLock();
  return { head, rest: rest(), release, finished: () => done };
}
