// scripts/server.mjs sets x-avatar-client-ip from the socket, or from X-Forwarded-For only when
// TRUST_PROXY is on, and drops any value the client sent. `next dev` has no such server: fall back.
export function clientIp(headers: Headers): string {
  const fromServer = headers.get("x-avatar-client-ip");
  if (fromServer) return fromServer;
  return headers.get("x-forwarded-for")?.split(",")[0]?.trim() || "unknown";
}
