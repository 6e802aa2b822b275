import { Validator } from "@seriousme/openapi-schema-validator";
import { describe, expect, it } from "vitest";
import { openApiDocument } from "@/lib/openapi/document";
import { apiVersionQuery, endpointIndex } from "@/lib/openapi/versions";
import { listRoutes } from "../integration/support/routes";

describe("OpenAPI document", () => {
  const doc = openApiDocument("http://studio.test");

  it("is a valid OpenAPI 3.1 document", async () => {
    const result = await new Validator().validate(structuredClone(doc) as unknown as Parameters<Validator["validate"]>[0]);
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
  });

  it("documents every public /v1, /v2 and /v3 route the app serves", () => {
    const served = listRoutes()
      .filter((r) => /^\/api\/v[123]\//.test(r.path))
      .map((r) => `${r.method} ${r.path.replace(/^\/api/, "").replace(/\[(\w+)\]/g, "{$1}")}`);
    const documented = Object.entries(doc.paths).flatMap(([path, ops]) => Object.keys(ops).map((m) => `${m.toUpperCase()} ${path}`));
    // Aliases of documented routes, kept for clients that use HeyGen's other spelling.
    const aliases = new Set(["DELETE /v1/asset/{id}"]);
    expect(served.filter((r) => !documented.includes(r) && !aliases.has(r))).toEqual([]);
  });

  it("describes the generate body from the contract schema, with its ranges", () => {
    const schema = JSON.stringify(doc.components.schemas.VideoGenerateRequest);
    for (const word of [
      "video_inputs",
      "avatar_id",
      "talking_photo_id",
      "input_text",
      "elevenlabs_settings",
      "play_style",
      "dimension",
      "callback_url",
    ]) {
      expect(schema).toContain(word);
    }
    const op = doc.paths["/v1/video.list"]!.get as { parameters: { name: string }[] };
    expect(op.parameters.map((p) => p.name).sort()).toEqual(["limit", "token"]);
  });

  it("describes the uploads: raw bytes or JSON {url} on /v1/asset, a multipart binary `file` on /v3/assets", () => {
    type Body = { requestBody: { content: Record<string, { schema: Record<string, unknown> }> } };
    const v1 = (doc.paths["/v1/asset"]!.post as Body).requestBody.content;
    expect(Object.keys(v1).sort()).toEqual(["application/json", "application/octet-stream"]);
    expect(v1["application/json"]!.schema).toMatchObject({ properties: { url: { type: "string" } }, required: ["url"] });
    const v3 = (doc.paths["/v3/assets"]!.post as Body).requestBody.content;
    expect(Object.keys(v3)).toEqual(["multipart/form-data"]);
    expect(v3["multipart/form-data"]!.schema).toMatchObject({
      type: "object",
      required: ["file"],
      properties: { file: { type: "string", format: "binary" } },
    });
  });

  it("describes the webhook events a receiver gets, with both signature styles", () => {
    expect(Object.keys(doc.webhooks)).toEqual(["avatar_video.success", "avatar_video.fail", "avatar_video_gif.success"]);
    const post = (doc.webhooks["avatar_video.fail"] as { post: { parameters: { name: string }[] } }).post;
    expect(post.parameters.map((p) => p.name)).toEqual(["Signature", "webhook-id", "webhook-timestamp", "webhook-signature"]);
    expect(
      Object.keys(doc.paths)
        .filter((p) => p.startsWith("/v1/webhook/"))
        .sort(),
    ).toEqual([
      "/v1/webhook/endpoint.add",
      "/v1/webhook/endpoint.delete",
      "/v1/webhook/endpoint.delete/{id}",
      "/v1/webhook/endpoint.list",
      "/v1/webhook/endpoint.update",
      "/v1/webhook/webhook.list",
    ]);
  });

  it("documents HeyGen v3's webhook endpoints, events checked against HeyGen's whole enum", () => {
    expect(
      Object.entries(doc.paths)
        .filter(([p]) => p.startsWith("/v3/webhooks"))
        .flatMap(([p, ops]) => Object.keys(ops).map((m) => `${m.toUpperCase()} ${p}`))
        .sort(),
    ).toEqual([
      "DELETE /v3/webhooks/endpoints/{endpoint_id}",
      "DELETE /v3/webhooks/{endpoint_id}",
      "GET /v3/webhooks",
      "GET /v3/webhooks/endpoints",
      "GET /v3/webhooks/event-types",
      "GET /v3/webhooks/events",
      "PATCH /v3/webhooks/endpoints/{endpoint_id}",
      "POST /v3/webhooks",
      "POST /v3/webhooks/endpoints",
      "POST /v3/webhooks/endpoints/{endpoint_id}/rotate-secret",
    ]);
    const body = JSON.stringify(doc.paths["/v3/webhooks/endpoints"]!.post);
    expect(body).toContain('"batch.finished"');
    expect(body).toContain('"avatar_video_gif.success"');
  });

  it("narrows to one version's paths and the tags they use, still a valid document (the reference page's switch)", async () => {
    const v3 = openApiDocument("http://studio.test", "v3");
    expect(Object.keys(v3.paths).length).toBeGreaterThan(10);
    expect(Object.keys(v3.paths).filter((p) => !p.startsWith("/v3/"))).toEqual([]);
    expect(v3.tags.map((t) => t.name)).toEqual(["Videos", "Catalog", "Assets", "Webhooks", "Account"]);
    const result = await new Validator().validate(structuredClone(v3) as unknown as Parameters<Validator["validate"]>[0]);
    expect(result.errors ?? []).toEqual([]);
    expect(Object.keys(openApiDocument("http://studio.test", "v1").paths).every((p) => p.startsWith("/v1/"))).toBe(true);
  });

  it("indexes the endpoints by tag for each version, an empty tag kept so the page can say so", () => {
    const all = endpointIndex("all");
    expect(all.counts.all).toBe(Object.values(doc.paths).flatMap((ops) => Object.keys(ops)).length);
    expect(all.counts.v1 + all.counts.v2 + all.counts.v3).toBe(all.counts.all);
    const v3 = endpointIndex("v3");
    expect(v3.groups.map((g) => g.tag)).toEqual(all.groups.map((g) => g.tag));
    expect(v3.groups.find((g) => g.tag === "Talking photos")!.endpoints).toEqual([]);
    expect(v3.groups.flatMap((g) => g.endpoints).every((e) => e.path.startsWith("/v3/"))).toBe(true);
    expect([undefined, "v9", ["v1", "v2"], "v2"].map((v) => apiVersionQuery.parse(v))).toEqual(["all", "all", "all", "v2"]);
  });
});
