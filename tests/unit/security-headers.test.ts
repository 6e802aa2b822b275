import { describe, expect, it } from "vitest";
import { pageSecurityHeaders } from "@/lib/http/security-headers";

describe("page security headers", () => {
  it("allow scripts by nonce only, frames nowhere, and HSTS only over https", () => {
    const h = pageSecurityHeaders({ nonce: "abc", pathname: "/acme/videos", appUrl: "http://localhost:3000" });
    expect(h["Content-Security-Policy"]).toContain("script-src 'self' 'nonce-abc' 'strict-dynamic'");
    expect(h["Content-Security-Policy"]).not.toContain("unsafe-eval");
    expect(h["Content-Security-Policy"]).toContain("style-src 'self' 'unsafe-inline'");
    expect(h["Content-Security-Policy"]).toContain("frame-ancestors 'none'");
    expect(h).toMatchObject({
      "X-Content-Type-Options": "nosniff",
      "Referrer-Policy": "strict-origin-when-cross-origin",
      "X-Frame-Options": "DENY",
    });
    expect(h["Strict-Transport-Security"]).toBeUndefined();
    expect(pageSecurityHeaders({ nonce: "n", pathname: "/", appUrl: "https://studio.example" })["Strict-Transport-Security"]).toMatch(
      /max-age=/,
    );
  });

  it("let any site embed a share page", () => {
    const h = pageSecurityHeaders({ nonce: "n", pathname: "/share/tok123", appUrl: "https://studio.example" });
    expect(h["Content-Security-Policy"]).toContain("frame-ancestors *");
    expect(h["X-Frame-Options"]).toBeUndefined();
  });
});
