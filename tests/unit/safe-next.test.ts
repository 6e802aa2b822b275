import { describe, expect, it } from "vitest";
import { safeNext } from "@/components/auth/safe-next";

// After logging in we go to ?next=… only when it is a path on this site: anything else is an open redirect.
describe("safeNext", () => {
  it("keeps paths on this site, with their query", () => {
    expect(safeNext("/acme/keys")).toBe("/acme/keys");
    expect(safeNext("/acme/videos?page=2")).toBe("/acme/videos?page=2");
    expect(safeNext("http://studio.test/acme/keys", "http://studio.test")).toBe("/acme/keys");
  });

  it.each([
    ["protocol-relative", "//evil.example/x"],
    ["absolute elsewhere", "https://evil.example/x"],
    ["backslash host", "/\\evil.example"],
    ["backslash inside", "/a\\b"],
    ["control character", "/a\tb"],
    ["newline", "/a\n//evil.example"],
    ["javascript:", "javascript:alert(1)"],
    ["relative", "acme/keys"],
    ["empty", ""],
    ["too long", "/" + "a".repeat(2001)],
    ["not a string", ["/a"]],
    ["the login page", "/login?next=/x"],
    ["the signup page", "/signup"],
  ])("refuses %s", (_label, value) => {
    expect(safeNext(value, "http://studio.test")).toBeNull();
  });

  it("does not treat another origin that shares a prefix as this one", () => {
    expect(safeNext("http://studio.test.evil.example/x", "http://studio.test")).toBeNull();
  });
});
