import { describe, expect, inject, it } from "vitest";

// Every HTML page carries a Content-Security-Policy with a fresh nonce that its own scripts carry, and the
// other security headers; share pages may be framed by any site, other pages by none. (The e2e suite fails on
// any CSP violation the browser reports, so the policy is known not to break the pages.)
const page = (path: string) => fetch(`${inject("baseUrl")}${path}`, { redirect: "manual" });

describe("security headers", () => {
  it("give every page a nonce-based script policy, a fresh nonce per request, carried by its scripts", async () => {
    const [a, b] = [await page("/login"), await page("/login")];
    const csp = a.headers.get("content-security-policy") ?? "";
    const nonce = /'nonce-([A-Za-z0-9+/=]+)'/.exec(csp)?.[1];
    expect(nonce).toBeTruthy();
    expect(csp).toContain("'strict-dynamic'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toContain("unsafe-eval");
    expect(b.headers.get("content-security-policy")).not.toContain(nonce!);
    const html = await a.text();
    const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
    expect(scripts.length).toBeGreaterThan(0);
    for (const tag of scripts) expect(tag).toContain(`nonce="${nonce}"`);
    expect(a.headers.get("x-content-type-options")).toBe("nosniff");
    expect(a.headers.get("referrer-policy")).toBe("strict-origin-when-cross-origin");
    expect(a.headers.get("x-frame-options")).toBe("DENY");
  });

  it("let any site frame a share page, and answer nosniff on the API too", async () => {
    const share = await page("/share/AAAAAAAAAAAAAAAAAAAAAA");
    expect(share.headers.get("content-security-policy")).toContain("frame-ancestors *");
    expect(share.headers.get("x-frame-options")).toBeNull();
    expect((await fetch(`${inject("baseUrl")}/api/health`)).headers.get("x-content-type-options")).toBe("nosniff");
  });
});
