// Thrown by Storage.put when the stream passes its byte limit; the partial file is already gone.
export class StorageLimitError extends Error {
  constructor(readonly maxBytes: number) {
    super(`The stream is larger than the limit of ${maxBytes} bytes.`);
    this.name = "StorageLimitError";
  }
}
