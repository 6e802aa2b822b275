import "server-only";

export type SplitStream = { head: Buffer; rest: AsyncIterable<Uint8Array>; release: () => void; finished: () => boolean };

type Next = () => Promise<IteratorResult<Uint8Array>>;

// Reads the first `bytes` (or the whole body when shorter) so the content can be sniffed before any
// limit is chosen, and hands back the head plus an iterable of everything after it, head first. A web stream
// (a request body) or any async iterable (a form part, a download).
export async function readHead(body: ReadableStream<Uint8Array> | AsyncIterable<Uint8Array>, bytes: number): Promise<SplitStream> {
  let next: Next;
  let release: () => void;
  if ("getReader" in body) {
    const reader = body.getReader();
    next = () => reader.read() as Promise<IteratorResult<Uint8Array>>;
    // Stops our reading without cancelling the request body: cancelling would reset the connection before
    // the client can read our 413.
    release = () => reader.releaseLock();
  } else {
    const iterator = body[Symbol.asyncIterator]();
    next = () => iterator.next();
    // Not iterator.return(), for the same reason: whoever opened the stream decides when it closes.
    release = () => {};
  }
  const chunks: Uint8Array[] = [];
  let length = 0;
  let done = false;
  while (length < bytes) {
    const chunk = await next();
    if (chunk.done) {
      done = true;
      break;
    }
    chunks.push(chunk.value);
    length += chunk.value.byteLength;
  }
  const head = Buffer.concat(chunks);
  async function* rest(): AsyncGenerator<Uint8Array> {
    yield head;
    while (!done) {
      const chunk = await next();
      if (chunk.done) done = true;
      else yield chunk.value;
    }
  }
  return { head, rest: rest(), release, finished: () => done };
}
