import { existsSync } from "node:fs";
import path from "node:path";
import { inject } from "vitest";
import { api, type Answer } from "./http";
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
