import { describe, expect, it } from "vitest";
import { readMultipartFile } from "@/lib/api/read-multipart-file";

// The multipart reader on its own: what it hands on, and that a form that breaks in any way becomes a 400
// naming `file` for whoever reads it, never an error nobody catches (vitest fails the run on those).
const BOUNDARY = "b0undary";
const headers = new Headers({ "content-type": `multipart/form-data; boundary=${BOUNDARY}` });

const part = (name: string, body: string, filename?: string) =>
  `--${BOUNDARY}\r\nContent-Disposition: form-data; name="${name}"${filename === undefined ? "" : `; filename="${filename}"`}\r\n\r\n${body}\r\n`;
const end = `--${BOUNDARY}--\r\n`;

const settled = () => new Promise((resolve) => setTimeout(resolve, 20));

// A request body sent as these chunks; `fail` errors the stream after them (a connection that broke).
function body(chunks: string[], fail?: Error): ReadableStream<Uint8Array> {
  const queue = chunks.map((c) => new TextEncoder().encode(c));
  return new ReadableStream({
    async pull(controller) {
      const next = queue.shift();
      if (next) return controller.enqueue(next);
      // A moment later, as a connection breaks: what was sent has been read by then.
      if (fail) await settled();
      if (fail) controller.error(fail);
      else controller.close();
    },
  });
}

async function readAll(source: AsyncIterable<Uint8Array>): Promise<string> {
  let text = "";
  for await (const chunk of source) text += Buffer.from(chunk).toString("utf8");
  return text;
}

describe("readMultipartFile", () => {
  it("hands on the one file part as a stream, with its filename, and ends with the form", async () => {
    const source = await readMultipartFile(headers, body([part("note", "hi"), part("file", "the bytes", "café.png"), end]), "file");
    expect(source.filename).toMatchObject({ value: "café.png", field: "file" });
    expect(source.declaredBytes).toBeNull();
    expect(await readAll(source.body as AsyncIterable<Uint8Array>)).toBe("the bytes");
    await expect(source.finished!()).resolves.toBeUndefined();
  });

  it("refuses what is not a form with one file part named file, naming file", async () => {
    const cases: [Headers, string[], RegExp][] = [
      [new Headers({ "content-type": "image/png" }), ["x"], /^file: is missing: the body is image\/png/],
      [new Headers(), ["x"], /^file: is missing: the body has no Content-Type/],
      [new Headers({ "content-type": "multipart/form-data" }), ["x"], /^file: the form could not be read/],
      [headers, [part("note", "hi"), end], /^file: is missing: the form has no file part named file/],
      [headers, [part("upload", "x", "a.png"), end], /^file: the form has a file part named upload/],
      [headers, [part("file", "text"), end], /^file: is a text field/],
    ];
    for (const [h, chunks, message] of cases) {
      const error = await readMultipartFile(h, body(chunks), "file").catch((e: Error & { details: unknown }) => e);
      expect(error, String(message)).toMatchObject({ kind: "invalid", details: [{ path: "file" }] });
      expect((error as Error).message).toMatch(message);
    }
    await settled();
  });

  it("fails the reading or the end of the form, never the process, when a second file follows", async () => {
    // Both parts in one chunk: the second starts before the first has been read at all.
    const source = await readMultipartFile(headers, body([part("file", "one", "a.png") + part("file", "two", "b.png") + end]), "file");
    const reading = readAll(source.body as AsyncIterable<Uint8Array>).then(
      () => source.finished!(),
      (error: unknown) => Promise.reject(error),
    );
    await expect(reading).rejects.toThrow(/^file: send exactly one file/);
    await settled();
  });

  it("fails the reading when the form breaks off, and stays quiet when nobody reads any more", async () => {
    const cut = await readMultipartFile(headers, body([part("file", "x".repeat(10_000), "a.png").slice(0, 5000)]), "file");
    await expect(readAll(cut.body as AsyncIterable<Uint8Array>)).rejects.toThrow(/^file: the form ended in the middle of the file/);

    const broken = await readMultipartFile(
      headers,
      body([part("file", "abc".repeat(100), "a.png").slice(0, 120)], new Error("reset")),
      "file",
    );
    await expect(readAll(broken.body as AsyncIterable<Uint8Array>)).rejects.toThrow(/^file: the upload broke off \(reset\)/);
    // Broken off before the file part started: the reader itself fails.
    const early = readMultipartFile(headers, body([part("file", "abc", "a.png").slice(0, 30)], new Error("reset")), "file");
    await expect(early).rejects.toThrow(/^file: the upload broke off \(reset\)/);

    // A reader that stops after the first bytes (a refused type), then the form goes wrong behind it.
    const abandoned = await readMultipartFile(
      headers,
      body([part("file", "y".repeat(200), "a.png"), part("file", "z", "c.png") + end]),
      "file",
    );
    await (abandoned.body as AsyncIterable<Uint8Array>)
      [Symbol.asyncIterator]()
      .next()
      .catch(() => undefined);
    await settled();
    await expect(abandoned.finished!()).rejects.toThrow(/^file: /);
  });
});
