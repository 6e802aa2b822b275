import { existsSync } from "node:fs";
import path from "node:path";
import { inject } from "vitest";
import { api, type Answer, type Caller } from "./http";
import { media, type MediaKind } from "./media";

// POST /v1/asset with raw bytes, as HeyGen clients send them.
export async function upload(
  key: string,
  body: Buffer | MediaKind,
  opts: { query?: string; headers?: Record<string, string> } = {},
): Promise<Answer> {
  const bytes = typeof body === "string" ? media(body) : body;
  return api("POST", `/v1/asset${opts.query ?? ""}`, {
    key,
    body: new Uint8Array(bytes),
    headers: { "Content-Type": "application/octet-stream", ...opts.headers },
  });
}

// Where the server under test keeps a stored key (its STORAGE_DIR comes from global setup).
export function storedPath(storageKey: string): string {
  return path.join(inject("storageDir"), storageKey);
}

export const isStored = (storageKey: string) => existsSync(storedPath(storageKey));

// The signed URL, as path + query, so tests can tamper with it.
export function splitUrl(url: string): { path: string; exp: string; sig: string } {
  const u = new URL(url);
  return { path: u.pathname, exp: u.searchParams.get("exp") ?? "", sig: u.searchParams.get("sig") ?? "" };
}

// POST /v1/asset streaming `head` (a real file's first bytes) then `megabytes` of zeros: never held in memory,
// as a client uploading a huge file sends it.
export function uploadStream(key: string, head: Buffer, megabytes: number): Promise<Response> {
  const chunk = new Uint8Array(1024 * 1024);
  let sent = 0;
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(new Uint8Array(head));
    },
    pull(controller) {
      if (sent++ >= megabytes) return controller.close();
      controller.enqueue(chunk);
    },
  });
  return fetch(`${inject("baseUrl")}/v1/asset`, { method: "POST", headers: { "X-Api-Key": key }, body, duplex: "half" } as RequestInit);
}

// POST /v3/assets with one multipart part `file` (or `field`) holding `body` as `filename`, as HeyGen's v3
// clients (its CLI, the n8n node) send it: fetch builds the form and its boundary.
export async function uploadForm(
  caller: Caller,
  body: Buffer | MediaKind,
  opts: { field?: string; filename?: string; type?: string; extra?: (form: FormData) => void } = {},
): Promise<Answer> {
  const bytes = typeof body === "string" ? media(body) : body;
  const form = new FormData();
  const filename = opts.filename ?? (typeof body === "string" ? `sample.${body}` : "upload.bin");
  form.append(opts.field ?? "file", new Blob([new Uint8Array(bytes)], { type: opts.type ?? "application/octet-stream" }), filename);
  opts.extra?.(form);
  return api("POST", "/v3/assets", { ...caller, body: form });
}

// POST /v3/assets streaming a form whose one file part is `head` followed by `tail` (chunks made on demand):
// the request is never held in memory, as a client uploading a huge file sends it.
export function uploadFormStream(key: string, filename: string, head: Buffer, tail: Iterable<Uint8Array>): Promise<Response> {
  const boundary = "----avatar-studio-test-boundary";
  const preamble = Buffer.from(
    `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${filename}"\r\n` +
      "Content-Type: application/octet-stream\r\n\r\n",
  );
  const parts = (function* () {
    yield preamble;
    yield head;
    yield* tail;
    yield Buffer.from(`\r\n--${boundary}--\r\n`);
  })();
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      const next = parts.next();
      if (next.done) controller.close();
      else controller.enqueue(new Uint8Array(next.value));
    },
  });
  return fetch(`${inject("baseUrl")}/v3/assets`, {
    method: "POST",
    headers: { "X-Api-Key": key, "Content-Type": `multipart/form-data; boundary=${boundary}` },
    body,
    duplex: "half",
  } as RequestInit);
}

// `megabytes` chunks of 1 MB of zeros, made one at a time.
export function* zeros(megabytes: number): Generator<Uint8Array> {
  const chunk = new Uint8Array(1024 * 1024);
  for (let i = 0; i < megabytes; i++) yield chunk;
}
