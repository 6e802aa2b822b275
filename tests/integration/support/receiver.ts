import { createServer, type IncomingHttpHeaders, type Server } from "node:http";

export type Hit = { method: string; path: string; headers: IncomingHttpHeaders; raw: Buffer; at: number; status: number };

export type Receiver = {
  port: number;
  url: (path: string) => string;
  hits: Hit[];
  posts: (path: string) => Hit[];
  // The statuses the next POSTs to `path` get, in order; afterwards 200.
  script: (path: string, statuses: number[]) => void;
  close: () => Promise<void>;
};

// A webhook receiver on loopback that records every request with its exact bytes. OPTIONS answers 204
// (paths containing "no-options": 404); 302 redirects to /redirected.
export async function startReceiver(port = 0): Promise<Receiver> {
  const hits: Hit[] = [];
  const scripts = new Map<string, number[]>();
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      const path = req.url ?? "/";
      const hit: Hit = { method: req.method ?? "", path, headers: req.headers, raw: Buffer.concat(chunks), at: Date.now(), status: 0 };
      hits.push(hit);
      if (req.method === "OPTIONS") return res.writeHead((hit.status = path.includes("no-options") ? 404 : 204)).end();
      const status = (hit.status = scripts.get(path)?.shift() ?? 200);
      if (status === 302) return res.writeHead(302, { Location: "/redirected" }).end();
      res.writeHead(status, { "Content-Type": "text/plain" }).end(status < 300 ? "thanks" : "receiver is broken");
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", () => resolve());
  });
  const bound = (server.address() as { port: number }).port;
  return {
    port: bound,
    url: (path) => `http://127.0.0.1:${bound}${path}`,
    hits,
    posts: (path) => hits.filter((h) => h.method === "POST" && h.path === path),
    script: (path, statuses) => scripts.set(path, [...statuses]),
    close: async () => {
      server.closeAllConnections();
      await new Promise((r) => server.close(r));
    },
  };
}

/** Polls `check` until it returns a truthy value (or throws after `timeoutMs`). */
export async function eventually<T>(check: () => Promise<T> | T, what: string, timeoutMs = 30_000): Promise<NonNullable<T>> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value) return value as NonNullable<T>;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}
