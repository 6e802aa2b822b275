import { describe, expect, it } from "vitest";
import { z } from "zod";
import { formatPath } from "@/lib/validation/format-path";
import { zodMessage } from "@/lib/validation/zod-invalid";
import { toApiError } from "@/lib/api/to-api-error";

describe("error messages", () => {
  it("format paths the way the contract names fields", () => {
    expect(formatPath(["video_inputs", 2, "voice", "speed"])).toBe("video_inputs[2].voice.speed");
    expect(formatPath([])).toBe("body");
  });

  it("turn zod issues into sentences naming the field and the allowed values", () => {
    const schema = z.object({ speed: z.number().min(0.5).max(1.5), role: z.enum(["owner", "admin"]), name: z.string().min(1) });
    const result = schema.safeParse({ speed: 3, role: "boss", name: "" });
    expect(result.success).toBe(false);
    const message = zodMessage(result.error!);
    expect(message).toContain("speed: must be at most 1.5");
    expect(message).toContain('role: must be one of "owner", "admin"');
    expect(message).toContain("name: must not be empty");
    expect(message).not.toMatch(/Too big|Invalid option|expected/);
  });

  it("map database errors to 404 and 409, and hide anything else behind a generic 500", () => {
    expect(toApiError(Object.assign(new Error("x"), { code: "P2025" }), "r").status).toBe(404);
    expect(toApiError(Object.assign(new Error("x"), { code: "P2002" }), "r").status).toBe(409);
    const original = console.error;
    console.error = () => {};
    const hidden = toApiError(new Error("password=hunter2 leaked"), "r");
    console.error = original;
    expect(hidden.status).toBe(500);
    expect(hidden.message).not.toContain("hunter2");
  });
});
