import { describe, expect, it } from "vitest";
import { z } from "zod";
import { toApiError } from "@/lib/api/to-api-error";
import { errorResponse } from "@/lib/api/envelope";
import {
  Conflict,
  Forbidden,
  Gone,
  Invalid,
  NotFound,
  QuotaExceeded,
  RangeNotSatisfiable,
  RateLimited,
  TooLarge,
  Unauthorized,
  Unavailable,
  UnsupportedMedia,
  UpstreamFailed,
} from "@/lib/errors";
import { zodInvalid } from "@/lib/validation/zod-invalid";

// Domain errors know nothing of HTTP; lib/api answers each with the status and code of API-CONTRACT.md.

describe("domain errors as HTTP answers", () => {
  const cases: [string, Error, number, string, string][] = [
    ["Invalid", new Invalid("a video may have at most 50 scenes"), 400, "invalid_parameter", "a video may have at most 50 scenes"],
    ["Unauthorized", new Unauthorized(), 401, "unauthorized", "A valid API key or session is required."],
    ["QuotaExceeded", new QuotaExceeded("No quota left."), 402, "quota_exceeded", "No quota left."],
    ["Forbidden", new Forbidden(), 403, "forbidden", "Your role in this team does not allow this."],
    ["NotFound", new NotFound("The video"), 404, "not_found", "The video was not found."],
    ["Conflict", new Conflict("The video has already completed."), 409, "conflict", "The video has already completed."],
    ["Gone (invite)", new Gone("invite_invalid", "This invite was already used."), 410, "invite_invalid", "This invite was already used."],
    ["Gone (reset)", new Gone("reset_invalid", "This reset link has expired."), 410, "reset_invalid", "This reset link has expired."],
    ["TooLarge", new TooLarge("The image is larger than 50 MB."), 413, "payload_too_large", "The image is larger than 50 MB."],
    ["UnsupportedMedia", new UnsupportedMedia("That file is a PDF."), 415, "unsupported_media_type", "That file is a PDF."],
    ["RangeNotSatisfiable", new RangeNotSatisfiable(10), 416, "range_not_satisfiable", "The range is outside the file (10 bytes)."],
    ["RateLimited", new RateLimited(7), 429, "rate_limited", "Too many requests; try again in 7 s."],
    ["UpstreamFailed", new UpstreamFailed("HeyGen answered 500."), 502, "upstream_error", "HeyGen answered 500."],
    ["Unavailable", new Unavailable("No HeyGen key is stored."), 503, "service_unavailable", "No HeyGen key is stored."],
  ];

  it.each(cases)("%s", (_name, error, status, code, message) => {
    expect(toApiError(error, "r")).toMatchObject({ status, code, message, details: [] });
  });

  it("adds the headers a status needs", () => {
    expect(toApiError(new RateLimited(7), "r").headers).toEqual({ "Retry-After": "7" });
    expect(toApiError(new RangeNotSatisfiable(10), "r").headers).toEqual({ "Content-Range": "bytes */10" });
    expect(toApiError(new NotFound(), "r").headers).toEqual({});
  });

  it("names one field in the message and in details", () => {
    expect(toApiError(Invalid.field("email", "this invite is for a@b.test"), "r")).toMatchObject({
      status: 400,
      code: "invalid_parameter",
      message: "email: this invite is for a@b.test",
      details: [{ path: "email", message: "this invite is for a@b.test" }],
    });
    expect(toApiError(Conflict.field("slug", 'a team with the URL "acme" already exists'), "r")).toMatchObject({
      status: 409,
      code: "conflict",
      message: 'slug: a team with the URL "acme" already exists',
      details: [{ path: "slug", message: 'a team with the URL "acme" already exists' }],
    });
  });

  it("names the first problems in the message and lists every one, once, in details", () => {
    const issues = [1, 2, 3, 4, 2].map((n) => ({ path: `video_inputs[${n}].voice`, message: "is required" }));
    const answer = toApiError(Invalid.fields(issues, 3), "r");
    expect(answer.message).toBe(
      "video_inputs[1].voice: is required; video_inputs[2].voice: is required; video_inputs[3].voice: is required",
    );
    expect(answer.details.map((d) => d.path)).toEqual([
      "video_inputs[1].voice",
      "video_inputs[2].voice",
      "video_inputs[3].voice",
      "video_inputs[4].voice",
    ]);
  });
});

describe("zod validation errors", () => {
  const schema = z.object({ speed: z.number().max(1.5), role: z.enum(["owner", "admin"]), voice: z.object({ id: z.string() }) });
  const failure = () => schema.safeParse({ speed: 3, role: "boss", voice: {} }).error!;

  it("answer 400 with HeyGen's sentence and every field in details", () => {
    const answer = toApiError(failure(), "r");
    expect(answer.status).toBe(400);
    expect(answer.code).toBe("invalid_parameter");
    expect(answer.message).toBe('speed: must be at most 1.5; role: must be one of "owner", "admin"; voice.id: is required');
    expect(answer.details).toEqual([
      { path: "speed", message: "must be at most 1.5" },
      { path: "role", message: 'must be one of "owner", "admin"' },
      { path: "voice.id", message: "is required" },
    ]);
  });

  it("name the fields under a prefix", () => {
    expect(zodInvalid(failure(), ["query"]).details[0]).toEqual({ path: "query.speed", message: "must be at most 1.5" });
  });

  it("keep details beside code, message and request_id in the envelope, and leave them out when there are none", async () => {
    const invalid = await errorResponse(toApiError(failure(), "r"), "req-1").json();
    expect(invalid).toEqual({
      data: null,
      error: { code: "invalid_parameter", message: expect.any(String), details: expect.any(Array), request_id: "req-1" },
    });
    const missing = await errorResponse(toApiError(new NotFound("The video"), "r"), "req-2").json();
    expect(missing).toEqual({ data: null, error: { code: "not_found", message: "The video was not found.", request_id: "req-2" } });
  });
});
