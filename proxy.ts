import { NextResponse, type NextRequest } from "next/server";
import { env } from "@/lib/env";
import { pageSecurityHeaders } from "@/lib/http/security-headers";

// Every HTML page gets a fresh CSP nonce and the security headers (lib/http/security-headers.ts). The nonce
// travels to the page in the request's headers: Next puts it on its own scripts, and the root layout reads
// it, which renders every page per request (a nonce must never repeat).
export function proxy(request: NextRequest) {
  const nonce = Buffer.from(crypto.randomUUID()).toString("base64");
  const headers = pageSecurityHeaders({
    nonce,
    pathname: request.nextUrl.pathname,
    appUrl: env().appUrl,
    dev: env().nodeEnv === "development",
  });
  const forwarded = new Headers(request.headers);
  forwarded.set("x-nonce", nonce);
  forwarded.set("Content-Security-Policy", headers["Content-Security-Policy"]!);
  const response = NextResponse.next({ request: { headers: forwarded } });
  for (const [name, value] of Object.entries(headers)) response.headers.set(name, value);
  return response;
}

// Pages only: not the APIs, files, or Next's static assets; not prefetches (they carry no HTML to protect).
export const config = {
  matcher: [
    {
      source: "/((?!api/|v1/|v2/|v3/|_next/static|_next/image|icon.svg|favicon.ico).*)",
      missing: [
        { type: "header", key: "next-router-prefetch" },
        { type: "header", key: "purpose", value: "prefetch" },
      ],
    },
  ],
};
