import { createServer, type Server } from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { api } from "./support/http";

// `api()` checks every public answer against the OpenAPI document (tests/support/openapi-answers.ts): shown here
// on a stand-in server that answers what we choose, so a test calling the real one would fail the same way.
let server: Server;
let base: string;
let answer: { status: number; type: string; body: string };

beforeAll(async () => {
  server = createServer((_req, res) => res.writeHead(answer.status, { "Content-Type": answer.type }).end(answer.body));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const serve = (status: number, body: unknown, type = "application/json") => (answer = { status, type, body: JSON.stringify(body) });

describe("api() and the OpenAPI document", () => {
  it("fails the calling test on an answer the document does not allow, saying what differs", async () => {
    serve(200, { data: { id: "v1", status: "waiting" } });
    const error = await api("GET", "/v3/videos/v1", { base }).catch((e: Error) => e);
    expect(error).toBeInstanceOf(Error);
    const message = (error as Error).message;
    expect(message).toContain("GET /v3/videos/v1 answered 200, which does not match the OpenAPI document (GET /v3/videos/{video_id}");
    expect(message).toContain("/data/status: must be equal to one of the allowed values");
    expect(message).toContain("/data: must have required property 'progress'");
    expect(message).toContain('body: {"data":{"id":"v1","status":"waiting"}}');

    serve(404, { data: null, message: "No such video" });
    await expect(api("GET", "/v3/videos/v1", { base })).rejects.toThrow("(body): must have required property 'error'");
  });

  it("lets through what it cannot judge: undocumented paths, non-JSON answers", async () => {
    serve(200, { anything: true });
    expect((await api("GET", "/v3/not-a-route", { base })).status).toBe(200);
    expect((await api("GET", "/api/teams", { base })).status).toBe(200);
    serve(200, "<html></html>", "text/html");
    expect((await api("GET", "/v3/videos/v1", { base })).status).toBe(200);
  });
});
