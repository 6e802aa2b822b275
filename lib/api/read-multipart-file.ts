import "server-only";
import { PassThrough, Readable } from "node:stream";
import type { ReadableStream as WebReadableStream } from "node:stream/web";
import busboy from "busboy";
import { Invalid } from "@/lib/errors";
import type { UploadSource } from "@/lib/assets/receive-upload";

// Text fields beside the file are read and ignored, within these bounds.
const limits = { fields: 20, fieldSize: 64 * 1024, parts: 40, headerPairs: 20 };

function isMultipart(contentType: string): boolean {
  return /^multipart\/form-data\s*(;|$)/i.test(contentType.trim());
}

/**
 * The one file part named `field` of a multipart/form-data body (HeyGen's POST /v3/assets), as an upload
 * source streamed straight from the request: the parts are parsed as they arrive (busboy), never collected
 * (not `req.formData()`, which holds the whole body). Answers once that part starts; its `finished` settles when
 * the form ends, refusing a second file. Anything but such a form is a 400 naming `field`.
 */
export function readMultipartFile(headers: Headers, body: ReadableStream<Uint8Array> | null, field: string): Promise<UploadSource> {
  const contentType = headers.get("content-type") ?? "";
  const how = `send a multipart/form-data body with one file part named ${field} (Content-Disposition: form-data; name="${field}"; filename="...")`;
  if (!isMultipart(contentType)) {
    const sent = contentType ? `the body is ${contentType.split(";")[0]!.trim()}` : "the body has no Content-Type";
    return Promise.reject(Invalid.field(field, `is missing: ${sent}, not multipart/form-data; ${how}`));
  }
  if (!body) return Promise.reject(Invalid.field(field, `is missing: the request has no body; ${how}`));
  let form: busboy.Busboy;
  try {
    form = busboy({ headers: { "content-type": contentType }, limits, defParamCharset: "utf8" });
  } catch (error) {
    return Promise.reject(Invalid.field(field, `the form could not be read (${(error as Error).message}); ${how}`));
  }
  const input = Readable.fromWeb(body as unknown as WebReadableStream<Uint8Array>);

  return new Promise((resolve, reject) => {
    // The part handed on, copied through so a broken form reaches its reader as our 400, not a bare Error.
    let file: PassThrough | null = null;
    let settle: { ok: () => void; fail: (error: Error) => void } = { ok: () => {}, fail: () => {} };
    const ended = new Promise<void>((ok, fail) => (settle = { ok, fail }));
    // Whoever reads the part may stop early (a 413) and never ask; the failure is still handled.
    ended.catch(() => {});

    let stopped = false;
    // Stops reading the request (the route wrapper then closes the connection) and fails whoever waits.
    const stop = (error: Error) => {
      if (stopped) return;
      stopped = true;
      input.unpipe(form);
      input.pause();
      form.destroy();
      if (!file) return reject(error);
      if (!file.writableFinished) file.destroy(error);
      settle.fail(error);
    };

    form.on("file", (name, stream, info) => {
      // A part breaks off when the form does (or when we stop it); the first such error says why.
      stream.on("error", (error) => stop(Invalid.field(field, `the form ended in the middle of the file (${error.message})`)));
      if (file || name !== field) {
        stream.resume();
        return stop(
          Invalid.field(
            field,
            file
              ? `send exactly one file; the form has another file part after it (${name})`
              : `the form has a file part named ${name}; ${how}`,
          ),
        );
      }
      file = new PassThrough();
      // Its reader listens for errors itself; this keeps one that comes before or after the reading (a part
      // refused at its first bytes, then the form stopped) from taking the process down.
      file.on("error", () => {});
      stream.pipe(file);
      resolve({
        body: file,
        declaredBytes: null,
        filename: { value: info.filename ?? null, field, prefix: "its filename " },
        empty: { field, message: `is empty; ${how}` },
        finished: () => ended,
      });
    });
    form.on("field", (name) => {
      if (name === field) stop(Invalid.field(field, `is a text field, not a file; ${how}`));
    });
    form.on("close", () => {
      if (!file) reject(Invalid.field(field, `is missing: the form has no file part named ${field}; ${how}`));
      settle.ok();
    });
    form.on("error", (error) => stop(Invalid.field(field, `the form could not be read (${(error as Error).message}); ${how}`)));
    input.on("error", (error) => stop(Invalid.field(field, `the upload broke off (${error.message})`)));
    input.pipe(form);
  });
}
