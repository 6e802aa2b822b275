import { describe, expect, it } from "vitest";
import { apiKeyCan, roleCan } from "@/lib/auth/roles";

describe("permission table", () => {
  it("lets admins manage people, keys and settings but not grant owner or delete the team", () => {
    for (const p of ["members.manage", "keys.manage", "webhooks.manage", "secrets.manage", "provider.manage", "team.manage"] as const) {
      expect(roleCan("admin", p), p).toBe(true);
      expect(roleCan("member", p), p).toBe(false);
    }
    expect(roleCan("admin", "owners.grant")).toBe(false);
    expect(roleCan("admin", "team.delete")).toBe(false);
    expect(roleCan("owner", "team.delete")).toBe(true);
  });

  it("lets members work with content", () => {
    expect(roleCan("member", "content.write")).toBe(true);
  });

  it("gives API keys member rights plus webhook management", () => {
    expect(apiKeyCan("content.write")).toBe(true);
    expect(apiKeyCan("webhooks.manage")).toBe(true);
    expect(apiKeyCan("keys.manage")).toBe(false);
    expect(apiKeyCan("members.manage")).toBe(false);
  });
});
