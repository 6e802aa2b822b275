import "server-only";
import { lookup as dnsLookup, type LookupAddress } from "node:dns";
import http, { type IncomingHttpHeaders, type IncomingMessage } from "node:http";
import https from "node:https";
import { isIP, type LookupFunction } from "node:net";
import { Readable, Transform } from "node:stream";
import { env } from "@/lib/env";
import { addressClass } from "@/lib/assets/address-class";
import { BlockedAddressError, FetchError } from "@/lib/assets/fetch-error";

export type GuardedFetchOptions = {
  method?: "GET" | "HEAD" | "POST" | "PUT" | "PATCH" | "DELETE" | "OPTIONS";
  headers?: Record<string, string>;
  // A stream is sent once: redirects are then answered as they are (as with maxRedirects 0).
  body?: string | Buffer | Readable;
  // Largest body accepted (declared or streamed); default 100 MB.
  maxBytes?: number;
  // The whole exchange, body included; default 30 s.
  timeoutMs?: number;
  // Redirects followed, each hop checked again; default 5. 0: a 3xx is answered as it is (webhooks).
  maxRedirects?: number;
  // `host:port` or `host` entries that may resolve to private addresses; default ALLOWED_FETCH_HOSTS.
  allowedHosts?: readonly string[];
  signal?: AbortSignal;
};

export type GuardedResponse = { status: number; headers: IncomingHttpHeaders; url: string; body: Readable };

const REDIRECTS = new Set([301, 302, 303, 307, 308]);

const unreachable = (url: URL, why: string, refused = false) =>
  new FetchError("asset_unreachable", `Could not fetch ${url.href}: ${why}.`, url.href, refused);
const tooLarge = (url: URL, max: number) =>
  new FetchError("asset_too_large", `${url.href} is larger than the limit of ${Math.floor(max / (1024 * 1024))} MB.`, url.href);

function parseUrl(input: string | URL, base?: URL): URL {
  let url: URL;
  try {
    url = new URL(input, base);
  } catch {
    throw new FetchError("asset_unreachable", `${String(input).slice(0, 200)} is not a valid URL.`, String(input));
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") throw unreachable(url, "only http and https URLs are fetched", true);
  return url;
}

function isExempt(url: URL, allowed: readonly string[]): boolean {
  const host = url.hostname.toLowerCase();
  const port = url.port || (url.protocol === "https:" ? "443" : "80");
  const bare = host.replace(/^\[|\]$/g, "");
  return allowed.some((entry) => [`${host}:${port}`, host, bare].includes(entry.trim().toLowerCase()));
}

// Resolves like the system would, refuses the name if any address is not public, and hands the checked
// addresses to the socket, so a second DNS answer (rebinding) never gets a say.
const guardedLookup: LookupFunction = (hostname, options, callback) => {
  dnsLookup(hostname, { ...options, all: true }, (error, addresses: LookupAddress[]) => {
    if (error) return callback(error, "", 0);
    const blocked = addresses.find((a) => addressClass(a.address) !== "public");
    if (blocked) return callback(new BlockedAddressError(blocked.address, addressClass(blocked.address)), "", 0);
    if (options.all) return (callback as unknown as (e: null, a: LookupAddress[]) => void)(null, addresses);
    const first = addresses[0];
    if (!first) return callback(Object.assign(new Error(`no address for ${hostname}`), { code: "ENOTFOUND" }), "", 0);
    callback(null, first.address, first.family);
  });
};

function describe(url: URL, error: unknown, signal: AbortSignal, timeoutMs: number): FetchError {
  if (error instanceof FetchError) return error;
  if (error instanceof BlockedAddressError) {
    const entry = `${url.hostname}:${url.port || (url.protocol === "https:" ? 443 : 80)}`;
    // A name's answer is not repeated back: it would map the server's private network for whoever asks.
    const what = isIP(url.hostname.replace(/^\[|\]$/g, ""))
      ? `${url.hostname} is a ${error.kind} address`
      : `${url.hostname} does not resolve to a public address`;
    return unreachable(url, `${what}, which is refused; add ${entry} to ALLOWED_FETCH_HOSTS to allow it`, true);
  }
  if (signal.aborted) return unreachable(url, `no complete answer within ${timeoutMs / 1000} s`);
  const code = (error as NodeJS.ErrnoException).code;
  if (code === "ENOTFOUND" || code === "EAI_AGAIN") return unreachable(url, `${url.hostname} could not be resolved`);
  if (code === "ECONNREFUSED") return unreachable(url, "the connection was refused");
  return unreachable(url, (error as Error).message || "the connection failed");
}

function send(
  url: URL,
  options: GuardedFetchOptions,
  method: string,
  body: GuardedFetchOptions["body"],
  signal: AbortSignal,
): Promise<IncomingMessage> {
  const exempt = isExempt(url, options.allowedHosts ?? env().allowedFetchHosts);
  const literal = url.hostname.replace(/^\[|\]$/g, "");
  // An IP literal never reaches the lookup, so it is checked here.
  if (isIP(literal) && !exempt && addressClass(literal) !== "public") {
    return Promise.reject(new BlockedAddressError(literal, addressClass(literal)));
  }
  const transport = url.protocol === "https:" ? https : http;
  return new Promise((resolve, reject) => {
    const req = transport.request(url, {
      method,
      headers: { "user-agent": "AvatarStudio/1 (+fetch)", ...options.headers },
      // A fresh agent per request: no pooled socket opened by other code (to any address) is ever reused.
      agent: false,
      lookup: exempt ? undefined : guardedLookup,
      signal,
    });
    req.once("response", resolve);
    req.once("error", reject);
    if (body instanceof Readable) {
      body.once("error", (error) => req.destroy(error));
      body.pipe(req);
    } else {
      req.end(body);
    }
  });
}

// The one way the app fetches a URL it was given (images, audio, video, webhooks): http(s) only,
// private networks refused, each redirect hop checked again, bounded in size and time.
export async function guardedFetch(input: string | URL, options: GuardedFetchOptions = {}): Promise<GuardedResponse> {
  const { maxBytes = 100 * 1024 * 1024, timeoutMs = 30_000 } = options;
  const maxRedirects = options.body instanceof Readable ? 0 : (options.maxRedirects ?? 5);
  const signal = options.signal ? AbortSignal.any([options.signal, AbortSignal.timeout(timeoutMs)]) : AbortSignal.timeout(timeoutMs);
  let url = parseUrl(input);
  let method: string = options.method ?? "GET";
  let body = options.body;
  const headers = { ...options.headers };
  for (let hop = 0; ; hop++) {
    let res: IncomingMessage;
    try {
      res = await send(url, { ...options, headers }, method, body, signal);
    } catch (error) {
      throw describe(url, error, signal, timeoutMs);
    }
    const status = res.statusCode ?? 0;
    const location = res.headers.location;
    if (maxRedirects > 0 && REDIRECTS.has(status) && location) {
      res.resume();
      if (hop >= maxRedirects) throw unreachable(url, `more than ${maxRedirects} redirects`);
      const next = parseUrl(location, url);
      if (status === 303 || ((status === 301 || status === 302) && method === "POST")) {
        method = "GET";
        body = undefined;
        for (const name of Object.keys(headers)) if (/^content-/i.test(name)) delete headers[name];
      }
      // Credentials are for the origin they were given to.
      if (next.origin !== url.origin)
        for (const name of Object.keys(headers)) if (/^(authorization|cookie)$/i.test(name)) delete headers[name];
      url = next;
      continue;
    }
    const declared = Number(res.headers["content-length"] ?? "");
    if (declared > maxBytes) {
      res.destroy();
      throw tooLarge(url, maxBytes);
    }
    return { status, headers: res.headers, url: url.href, body: limitBody(res, url, maxBytes, signal, timeoutMs) };
  }
}

// The response body, cut off with asset_too_large past maxBytes and asset_unreachable on a timeout or reset.
function limitBody(res: IncomingMessage, url: URL, maxBytes: number, signal: AbortSignal, timeoutMs: number): Readable {
  let size = 0;
  const limited = new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      size += chunk.length;
      // The error goes first: closing `limited` then frees the connection (below).
      if (size > maxBytes) callback(tooLarge(url, maxBytes));
      else callback(null, chunk);
    },
  });
  const fail = (error: unknown) => limited.destroy(describe(url, error, signal, timeoutMs));
  res.once("error", fail);
  res.once("aborted", () => fail(new Error("the connection closed before the body was complete")));
  // A consumer that stops early (or fails) frees the connection.
  limited.once("close", () => res.destroy());
  res.pipe(limited);
  return limited;
}
