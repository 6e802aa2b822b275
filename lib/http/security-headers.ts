// The security headers of an HTML page (proxy.ts sets them on every page). Scripts run only with this
// request's nonce ('strict-dynamic' lets Next's own loader add its chunks); styles may be inline (Tailwind and
// React style attributes); media and pictures come from our origin (signed file URLs) or blob:/data: URLs the
// studio makes. Share pages are made to be embedded: any site may frame them; nothing else may.
export type PageHeaderOptions = { nonce: string; pathname: string; appUrl: string; dev?: boolean };

export function pageSecurityHeaders({ nonce, pathname, appUrl, dev = false }: PageHeaderOptions): Record<string, string> {
  const embeddable = pathname === "/share" || pathname.startsWith("/share/");
  const https = appUrl.startsWith("https://");
  const csp = [
    "default-src 'self'",
    // next dev evaluates modules for fast refresh.
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' blob: data:",
    "media-src 'self' blob: data:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    `frame-ancestors ${embeddable ? "*" : "'none'"}`,
    ...(https ? ["upgrade-insecure-requests"] : []),
  ].join("; ");
  return {
    "Content-Security-Policy": csp,
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "strict-origin-when-cross-origin",
    ...(embeddable ? {} : { "X-Frame-Options": "DENY" }),
    ...(https ? { "Strict-Transport-Security": "max-age=31536000; includeSubDomains" } : {}),
  };
}
