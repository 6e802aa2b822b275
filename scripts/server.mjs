// The production web server: Next.js behind a tiny Node HTTP server, so the client address comes from
// the socket (X-Forwarded-For is believed only with TRUST_PROXY=1) and reaches the app as
// x-avatar-client-ip, which clients cannot forge: any value they send is replaced.
import { randomUUID } from "node:crypto";
import { createServer } from "node:http";
import next from "next";

const port = Number(process.env.PORT || 3000);
const hostname = process.env.HOSTNAME || "0.0.0.0";
const trustProxy = /^(1|true|yes)$/i.test(process.env.TRUST_PROXY ?? "");

// Auth.js builds its redirects from the address the server listens on (http://0.0.0.0:3000 when it listens
// everywhere); APP_URL is the address people use.
const appUrl = (process.env.APP_URL || `http://localhost:${port}`).replace(/\/+$/, "");
process.env.AUTH_URL ||= `${appUrl}/api/auth`;

const app = next({ dev: false, hostname, port, dir: process.cwd() });
const handle = app.getRequestHandler();
await app.prepare();

function clientAddress(req) {
  const forwarded = req.headers["x-forwarded-for"];
  if (trustProxy && typeof forwarded === "string" && forwarded.trim()) return forwarded.split(",")[0].trim();
  return (req.socket.remoteAddress ?? "unknown").replace(/^::ffff:/, "");
}

// Next drops Content-Length from route handler responses (it cannot know a body was not re-encoded). A
// handler that streams a file of known size (lib/storage/serve-file.ts) names it in this header instead,
// turned back into Content-Length here, so players and downloads see the size. Not when Next compressed the
// body after all: the stored size would promise more bytes than the gzip sends, and clients wait for them.
const LENGTH_HEADER = "x-avatar-content-length";
function restoreContentLength(res) {
  const writeHead = res.writeHead;
  res.writeHead = function (...args) {
    const length = res.getHeader(LENGTH_HEADER);
    if (length !== undefined) {
      res.removeHeader(LENGTH_HEADER);
      if (!res.getHeader("content-encoding")) res.setHeader("content-length", length);
    }
    return writeHead.apply(this, args);
  };
}

// A path that is not valid percent-encoding (%zz, or UTF-8 that encodes no character, such as a lone
// surrogate) makes Next fail to decode its route params and answer 500: it is the client's mistake, a 400.
function decodablePath(url = "/") {
  try {
    decodeURIComponent(url.split("?")[0]);
    return true;
  } catch {
    return false;
  }
}
// In the envelope of the API version the path names (lib/api/envelope.ts): v3's `{error: {code, message, param}}`,
// else v1's and v2's `{data: null, error: {..., request_id}}`, with the X-Request-Id every answer carries.
function badPath(res, url = "/") {
  const requestId = randomUUID();
  const error = {
    code: "invalid_parameter",
    message: "path: is not valid percent-encoded UTF-8 (e.g. %zz); encode it with encodeURIComponent",
  };
  const body = /^\/(api\/)?v3\//.test(url)
    ? { error: { ...error, param: "path" } }
    : { data: null, error: { ...error, request_id: requestId } };
  res.writeHead(400, { "content-type": "application/json", "x-request-id": requestId }).end(JSON.stringify(body));
}

const server = createServer((req, res) => {
  if (!decodablePath(req.url)) return badPath(res, req.url);
  req.headers["x-avatar-client-ip"] = clientAddress(req);
  if (!trustProxy) delete req.headers["x-forwarded-for"];
  restoreContentLength(res);
  handle(req, res);
});
server.listen(port, hostname, () => console.log(`[web] listening on ${hostname}:${port}`));

for (const signal of ["SIGINT", "SIGTERM"]) {
  process.on(signal, () => {
    server.close(() => process.exit(0));
    server.closeIdleConnections();
    setTimeout(() => process.exit(0), 5000).unref();
  });
}
