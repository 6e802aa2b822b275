import "server-only";

// A request body handed on as a stream, remembering whether it was read to its end. An answer sent while
// part of the body is still on the connection must close the connection, or the next request on it would
// start with the rest of this body.
export type TrackedBody = { body: ReadableStream<Uint8Array>; finished: () => boolean };

export function trackedBody(body: ReadableStream<Uint8Array>): TrackedBody {
  const reader = body.getReader();
  let finished = false;
  const tracked = new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        const next = await reader.read();
        if (next.done) {
          finished = true;
          controller.close();
        } else controller.enqueue(next.value);
      },
      cancel: (reason) => reader.cancel(reason),
    },
    // Reads only when the consumer asks, so `finished` means the consumer saw the end.
    { highWaterMark: 0 },
  );
  return { body: tracked, finished: () => finished };
}
