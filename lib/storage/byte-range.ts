import { RangeNotSatisfiable } from "@/lib/errors";
import type { ByteRange } from "@/lib/storage/storage";

export type RangeRequest = { kind: "full" } | { kind: "partial"; range: ByteRange } | { kind: "unsatisfiable" };

// One `Range: bytes=a-b`, `bytes=a-` or `bytes=-n` against a file of `size` bytes. Anything we do not serve
// (several ranges, other units, malformed values) falls back to the whole file, as RFC 9110 allows.
export function byteRange(header: string | null, size: number): RangeRequest {
  const match = header?.trim().match(/^bytes=(\d*)-(\d*)$/i);
  if (!match) return { kind: "full" };
  const [, first = "", last = ""] = match;
  if (first === "" && last === "") return { kind: "full" };
  if (first === "") {
    const suffix = Number(last);
    if (suffix === 0 || size === 0) return { kind: "unsatisfiable" };
    return { kind: "partial", range: { start: Math.max(0, size - suffix), end: size - 1 } };
  }
  const start = Number(first);
  const end = last === "" ? size - 1 : Math.min(Number(last), size - 1);
  if (last !== "" && Number(last) < start) return { kind: "full" };
  if (start >= size) return { kind: "unsatisfiable" };
  return { kind: "partial", range: { start, end } };
}

/**
 * How to answer a `Range` header for `size` bytes: 206 with Content-Range for one range, else 200; 416 thrown.
 * X-Avatar-Content-Length carries the length sent (Next drops Content-Length; scripts/server.mjs restores it).
 */
export function rangeReply(
  header: string | null,
  size: number,
): { status: 200 | 206; range?: ByteRange; length: number; headers: Record<string, string> } {
  const wanted = byteRange(header, size);
  if (wanted.kind === "unsatisfiable") {
    throw new RangeNotSatisfiable(size);
  }
  const range = wanted.kind === "partial" ? wanted.range : undefined;
  const length = range ? range.end - range.start + 1 : size;
  const headers: Record<string, string> = { "X-Avatar-Content-Length": String(length) };
  if (range) headers["Content-Range"] = `bytes ${range.start}-${range.end}/${size}`;
  return { status: range ? 206 : 200, range, length, headers };
}
