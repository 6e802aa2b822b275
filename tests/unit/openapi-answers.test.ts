import { describe, expect, it } from "vitest";
import { openApiDocument } from "@/lib/openapi/document";
import { openApiAnswerChecker } from "../support/openapi-answers";

// The integration tests' `api()` checks every public answer with this; here it is shown catching wrong ones.
describe("OpenAPI answer check", () => {
  const check = openApiAnswerChecker();
  const json = "application/json; charset=utf-8";
  const video = {
    id: "vid_1",
    status: "processing",
    progress: 40,
    title: null,
    created_at: 1_700_000_000,
    completed_at: null,
    duration: null,
    video_url: null,
    captioned_video_url: null,
    subtitle_url: null,
    thumbnail_url: null,
    gif_url: null,
    video_page_url: null,
    folder_id: null,
    callback_id: null,
    failure_code: null,
    failure_message: null,
  };
  const getVideo = (status: number, body: unknown, contentType: string | null = json) =>
    check({ method: "GET", path: "/v3/videos/vid_1?x=1", status, contentType, body });

  it("passes a right answer, and extra fields (HeyGen clients ignore them)", () => {
    expect(getVideo(200, { data: video })).toBeNull();
    expect(getVideo(200, { data: { ...video, ours: true }, also: 1 })).toBeNull();
  });

  it("fails a status outside v3's enum, naming the method, path, status, field and body", () => {
    const message = getVideo(200, { data: { ...video, status: "waiting" } });
    expect(message).toContain("GET /v3/videos/vid_1?x=1 answered 200");
    expect(message).toContain("GET /v3/videos/{video_id}");
    expect(message).toMatch(/\/data\/status: must be equal to one of the allowed values \[.*"completed"/);
    expect(message).toContain('"status":"waiting"');
  });

  it("fails a body without data, or with a required field missing or of the wrong type", () => {
    expect(getVideo(200, { video: video })).toContain("(body): must have required property 'data'");
    const { id: _id, ...noId } = video;
    expect(getVideo(200, { data: noId })).toContain("/data: must have required property 'id'");
    expect(getVideo(200, { data: { ...video, created_at: "2024-01-01" } })).toContain("/data/created_at: must be integer,null");
  });

  it("checks errors against the version's error envelope", () => {
    expect(getVideo(404, { error: { code: "not_found", message: "No such video" } })).toBeNull();
    expect(getVideo(404, { data: null, error: { code: 404, message: "No such video" } })).toContain("/error/code: must be string");
    const v2 = (body: unknown) => check({ method: "GET", path: "/v2/avatars", status: 401, contentType: json, body });
    const error = { code: "unauthorized", message: "Bad key", request_id: "req_1" };
    expect(v2({ data: null, error })).toBeNull();
    expect(v2({ error })).toContain("(body): must have required property 'data'");
    expect(v2({ data: null, error: { code: "unauthorized", message: "Bad key" } })).toContain(
      "/error: must have required property 'request_id'",
    );
    // A status the operation does not list is checked against its `default` answer: the same envelope.
    const teapot = (body: unknown) => check({ method: "GET", path: "/v2/avatars", status: 503, contentType: json, body });
    expect(teapot({ data: null, error: { ...error, code: "service_unavailable" } })).toBeNull();
    expect(teapot({ error: { code: "service_unavailable", message: "Later" } })).toContain("response 503");
  });

  it("checks /api/v3/... as /v3/... (the same route)", () => {
    const answer = { method: "GET", path: "/api/v3/videos/vid_1", status: 200, contentType: json };
    expect(check({ ...answer, body: { data: video } })).toBeNull();
    expect(check({ ...answer, body: { data: { ...video, progress: "40" } } })).toContain("/data/progress: must be integer");
  });

  it("fails a status the operation does not document when it has no default answer", () => {
    const doc = openApiDocument("http://studio.test");
    delete (doc.paths["/v3/videos/{video_id}"]!.get as { responses: Record<string, unknown> }).responses.default;
    const body = { error: { code: "service_unavailable", message: "Later" } };
    expect(openApiAnswerChecker(doc)({ method: "GET", path: "/v3/videos/v", status: 503, contentType: json, body })).toContain(
      "GET /v3/videos/{video_id} documents no 503 answer",
    );
  });

  it("matches literal path segments before parameters", () => {
    const look = (body: unknown) => check({ method: "GET", path: "/v3/avatars/looks", status: 200, contentType: json, body });
    expect(look({ data: [], has_more: false, next_token: null })).toBeNull();
    expect(look({ data: {} })).toContain("GET /v3/avatars/looks, response 200");
  });

  it("skips what it cannot judge: other paths and methods, non-JSON answers, files", () => {
    expect(check({ method: "GET", path: "/api/teams", status: 200, contentType: json, body: { anything: 1 } })).toBeNull();
    expect(check({ method: "PUT", path: "/v3/videos/vid_1", status: 200, contentType: json, body: 1 })).toBeNull();
    expect(getVideo(200, null, "text/html")).toBeNull();
    expect(check({ method: "GET", path: "/v2/voices/v/preview", status: 200, contentType: "audio/mpeg", body: null })).toBeNull();
  });
});
