import { createServer, type Server } from "node:http";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { text } from "node:stream/consumers";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FetchError } from "@/lib/assets/fetch-error";
import { guardedFetch } from "@/lib/assets/fetch-guard";
import { fetchToFile } from "@/lib/assets/fetch-to-file";

// A real HTTP server on loopback: refused by the guard unless its host:port is allow-listed.
let server: Server;
let other: Server;
let port: number;
let otherPort: number;

function listen(handler: Parameters<typeof createServer>[1]): Promise<[Server, number]> {
  const srv = createServer(handler);
  return new Promise((resolve) => srv.listen(0, "127.0.0.1", () => resolve([srv, (srv.address() as { port: number }).port])));
}

beforeAll(async () => {
  [server, port] = await listen((req, res) => {
    const url = new URL(req.url ?? "/", "http://x");
    const hops = Number(url.pathname.match(/^\/hops\/(\d+)$/)?.[1] ?? -1);
    if (url.pathname === "/ok") return res.end("hello");
    if (hops > 0) return res.writeHead(302, { Location: `/hops/${hops - 1}` }).end();
    if (hops === 0) return res.end("arrived");
    if (url.pathname === "/to-other") return res.writeHead(302, { Location: `http://127.0.0.1:${otherPort}/ok` }).end();
    if (url.pathname === "/to-localhost") return res.writeHead(301, { Location: `http://localhost:${port}/ok` }).end();
    if (url.pathname === "/to-file") return res.writeHead(302, { Location: "file:///etc/passwd" }).end();
    // One end() call: Node declares the Content-Length.
    if (url.pathname === "/big") return res.end(Buffer.alloc(5000, 1));
    if (url.pathname === "/big-chunked") {
      res.writeHead(200, { "Content-Type": "application/octet-stream" });
      for (let i = 0; i < 5; i++) res.write(Buffer.alloc(1000, 1));
      return res.end();
    }
    if (url.pathname === "/slow") return void res.writeHead(200).write("partial");
    if (url.pathname === "/echo") return req.pipe(res);
    if (url.pathname === "/see-other") return res.writeHead(303, { Location: "/method" }).end();
    if (url.pathname === "/method") return res.end(`${req.method} ${req.headers["content-type"] ?? "-"}`);
    res.writeHead(404).end("missing");
  });
  [other, otherPort] = await listen((_req, res) => res.end("other"));
});

afterAll(async () => {
  server.closeAllConnections();
  other.closeAllConnections();
  await Promise.all([new Promise((r) => server.close(r)), new Promise((r) => other.close(r))]);
});

const allowed = () => [`127.0.0.1:${port}`];

async function failure(promise: Promise<unknown>): Promise<FetchError> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(FetchError);
    return error as FetchError;
  }
  throw new Error("expected the fetch to fail");
}

describe("guarded fetch", () => {
  it("refuses loopback by IP literal and by name, pointing at ALLOWED_FETCH_HOSTS", async () => {
    const literal = await failure(guardedFetch(`http://127.0.0.1:${port}/ok`, { allowedHosts: [] }));
    expect(literal.code).toBe("asset_unreachable");
    expect(literal.message).toContain("loopback");
    expect(literal.message).toContain(`127.0.0.1:${port} to ALLOWED_FETCH_HOSTS`);

    // "localhost" goes through DNS: the checked lookup refuses it.
    const named = await failure(guardedFetch(`http://localhost:${port}/ok`, { allowedHosts: [] }));
    // What the name resolved to is not told (it would map the private network for whoever asks).
    expect(named.message).toMatch(/localhost does not resolve to a public address/);
    expect(named.message).not.toMatch(/127\.0\.0\.1|::1|loopback/);

    for (const url of [
      `http://[::1]:${port}/`,
      `http://[::ffff:127.0.0.1]:${port}/`,
      "http://0.0.0.0/",
      "http://169.254.169.254/latest/meta-data/",
      "http://10.0.0.1/",
    ]) {
      expect((await failure(guardedFetch(url, { allowedHosts: [], timeoutMs: 2000 }))).code, url).toBe("asset_unreachable");
    }
  });

  it("fetches an allow-listed host:port, or a host-only entry", async () => {
    const res = await guardedFetch(`http://127.0.0.1:${port}/ok`, { allowedHosts: allowed() });
    expect(res.status).toBe(200);
    expect(await text(res.body)).toBe("hello");
    const hostOnly = await guardedFetch(`http://127.0.0.1:${port}/ok`, { allowedHosts: ["127.0.0.1"] });
    expect(await text(hostOnly.body)).toBe("hello");
    // Another port of the same host is not covered by a host:port entry.
    expect((await failure(guardedFetch(`http://127.0.0.1:${otherPort}/ok`, { allowedHosts: allowed() }))).code).toBe("asset_unreachable");
  });

  it("reads ALLOWED_FETCH_HOSTS by default", async () => {
    const { parseEnv } = await import("@/lib/env");
    expect(parseEnv({ ALLOWED_FETCH_HOSTS: ` 127.0.0.1:${port} , minio.internal:9000,` }).allowedFetchHosts).toEqual([
      `127.0.0.1:${port}`,
      "minio.internal:9000",
    ]);
    process.env.ALLOWED_FETCH_HOSTS = `127.0.0.1:${port}`;
    try {
      // Nothing in this file has read the environment yet (every earlier call passed allowedHosts).
      const { env } = await import("@/lib/env");
      expect(env().allowedFetchHosts).toEqual([`127.0.0.1:${port}`]);
      expect(await text((await guardedFetch(`http://127.0.0.1:${port}/ok`)).body)).toBe("hello");
    } finally {
      delete process.env.ALLOWED_FETCH_HOSTS;
    }
  });

  it("follows redirects up to 5, checking every hop", async () => {
    const five = await guardedFetch(`http://127.0.0.1:${port}/hops/5`, { allowedHosts: allowed() });
    expect(await text(five.body)).toBe("arrived");
    expect(five.url).toBe(`http://127.0.0.1:${port}/hops/0`);

    const six = await failure(guardedFetch(`http://127.0.0.1:${port}/hops/6`, { allowedHosts: allowed() }));
    expect(six.message).toContain("more than 5 redirects");

    const toOther = await failure(guardedFetch(`http://127.0.0.1:${port}/to-other`, { allowedHosts: allowed() }));
    expect(toOther.message).toContain(`127.0.0.1:${otherPort}`);
    const toLocalhost = await failure(guardedFetch(`http://127.0.0.1:${port}/to-localhost`, { allowedHosts: allowed() }));
    expect(toLocalhost.message).toContain("localhost does not resolve to a public address");
    const toFile = await failure(guardedFetch(`http://127.0.0.1:${port}/to-file`, { allowedHosts: allowed() }));
    expect(toFile.message).toContain("only http and https");
  });

  it("answers a redirect as it is when redirects are off", async () => {
    const res = await guardedFetch(`http://127.0.0.1:${port}/to-other`, { allowedHosts: allowed(), maxRedirects: 0 });
    expect(res.status).toBe(302);
    expect(res.headers.location).toBe(`http://127.0.0.1:${otherPort}/ok`);
    res.body.destroy();
  });

  it("enforces the size limit on declared and streamed bodies", async () => {
    const declared = await failure(guardedFetch(`http://127.0.0.1:${port}/big`, { allowedHosts: allowed(), maxBytes: 1000 }));
    expect(declared.code).toBe("asset_too_large");
    const streamed = await guardedFetch(`http://127.0.0.1:${port}/big-chunked`, { allowedHosts: allowed(), maxBytes: 2500 });
    const error = await failure(text(streamed.body));
    expect(error.code).toBe("asset_too_large");
  });

  it("gives up after the timeout, body included", async () => {
    const res = await guardedFetch(`http://127.0.0.1:${port}/slow`, { allowedHosts: allowed(), timeoutMs: 500 });
    const error = await failure(text(res.body));
    expect(error.code).toBe("asset_unreachable");
    expect(error.message).toContain("within 0.5 s");
  });

  it("refuses URLs that are not http(s)", async () => {
    for (const url of ["file:///etc/passwd", "ftp://example.com/x", "gopher://example.com", "not a url", "javascript:alert(1)"]) {
      expect((await failure(guardedFetch(url))).code, url).toBe("asset_unreachable");
    }
  });

  it("sends a body and downloads to a file, refusing non-2xx answers", async () => {
    const echo = await guardedFetch(`http://127.0.0.1:${port}/echo`, {
      allowedHosts: allowed(),
      method: "POST",
      body: '{"a":1}',
      maxRedirects: 0,
    });
    expect(await text(echo.body)).toBe('{"a":1}');
    // 303 after a POST: the next hop is a GET without the body or its headers.
    const seeOther = await guardedFetch(`http://127.0.0.1:${port}/see-other`, {
      allowedHosts: allowed(),
      method: "POST",
      body: '{"a":1}',
      headers: { "Content-Type": "application/json" },
    });
    expect(await text(seeOther.body)).toBe("GET -");
    const file = path.join(mkdtempSync(path.join(tmpdir(), "guard-")), "ok.txt");
    const got = await fetchToFile(`http://127.0.0.1:${port}/ok`, file, { allowedHosts: allowed() });
    expect(got.size).toBe(5);
    expect(readFileSync(file, "utf8")).toBe("hello");
    const missing = await failure(fetchToFile(`http://127.0.0.1:${port}/nope`, file, { allowedHosts: allowed() }));
    expect(missing.message).toContain("HTTP 404");
  });
});
