import "server-only";
import { Invalid, TooLarge } from "@/lib/errors";
import { checkInput } from "@/lib/api/request-checks";

const tooLarge = (limit: number) => new TooLarge(`The request body is larger than the limit of ${limit} bytes.`);

async function readAll(body: ReadableStream<Uint8Array>, maxBytes: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let total = 0;
  const reader = body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel();
      throw tooLarge(maxBytes);
    }
    chunks.push(Buffer.from(value));
  }
  return Buffer.concat(chunks);
}

// Reads the body counting bytes, so an oversized or lying Content-Length never fills memory.
export async function readBody(req: Request, maxBytes: number): Promise<Buffer> {
  const declared = Number(req.headers.get("content-length") ?? "");
  if (Number.isFinite(declared) && declared > maxBytes) throw tooLarge(maxBytes);
  if (!req.body) return Buffer.alloc(0);
  return await readAll(req.body, maxBytes);
}

// Whether the request says its body is JSON (application/json or a +json type).
export function isJsonRequest(headers: Headers): boolean {
  const type = (headers.get("content-type") ?? "").split(";")[0]!.trim().toLowerCase();
  return type === "application/json" || type.endsWith("+json");
}

/**
 * A JSON body that a route took as a stream (it also takes raw uploads), read whole up to `maxBytes` and
 * checked as every JSON body is; undefined when the body is empty, for the route to say what it expected.
 */
export async function readJsonStream(body: ReadableStream<Uint8Array> | null, maxBytes = 64 * 1024): Promise<unknown> {
  const raw = body ? await readAll(body, maxBytes) : Buffer.alloc(0);
  if (raw.length === 0) return undefined;
  const json = parseJson(raw);
  checkInput("body", json);
  return json;
}

export function parseJson(raw: Buffer): unknown {
  if (raw.length === 0) return {};
  try {
    return JSON.parse(raw.toString("utf8"));
  } catch {
    throw Invalid.field("body", "must be valid JSON");
  }
}
