import { describe, expect, it } from "vitest";
import { findTextProblem, textProblem } from "@/lib/validation/well-formed";

describe("text a request may carry", () => {
  it("refuses NUL characters and lone surrogates, and accepts every other string", () => {
    expect(textProblem("plain, ünïcødé and 😀 emoji")).toBeNull();
    expect(textProblem("a\u0000b")).toMatch(/NUL/);
    expect(textProblem("\ud800")).toMatch(/lone surrogate/);
    expect(textProblem("x\udc00")).toMatch(/lone surrogate/);
    expect(textProblem("\ud83d\ude00")).toBeNull();
  });

  it("finds the first bad string or key in a JSON value, with its path", () => {
    expect(findTextProblem({ a: [1, "ok", { b: "bad\u0000" }] })).toEqual({ path: ["a", 2, "b"], message: expect.stringMatching(/NUL/) });
    expect(findTextProblem({ ["k\ud800"]: 1 })).toEqual({ path: ["k\ud800"], message: expect.stringMatching(/field name/) });
    expect(findTextProblem([null, true, 3, "fine"])).toBeNull();
    // 100,000 levels would overflow the stack of any recursive walk (the schema's included): refused at 64.
    let deep: unknown = "x";
    for (let i = 0; i < 100_000; i++) deep = [deep];
    expect(findTextProblem(deep)?.message).toMatch(/nested too deeply/);
  });
});

describe("the sign-up form's fields", () => {
  it("refuse a name with a NUL character (a form field skips the route wrapper's check)", async () => {
    const { signupSchema } = await import("@/lib/users/accounts");
    const parsed = signupSchema.safeParse({ name: "Sam\u0000", email: "sam@example.test", password: "correct horse battery" });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]?.path).toEqual(["name"]);
  });
});
