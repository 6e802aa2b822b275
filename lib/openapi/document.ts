import { z } from "zod";
import { videoRequestSchema } from "@/lib/contract/schema";
import { endpoints, endpointTags, type Endpoint } from "@/lib/openapi/endpoints";
import { inVersion, type ApiVersion } from "@/lib/openapi/versions";
import { webhookEventTypes } from "@/lib/webhooks/event-types";

// OpenAPI 3.1 for the HeyGen-compatible API, generated from the same zod schemas the routes parse with.
type JsonSchema = Record<string, unknown>;

const jsonSchema = (schema: z.ZodType, io: "input" | "output" = "input"): JsonSchema => {
  const { $schema: _ignored, ...rest } = z.toJSONSchema(schema, { io, unrepresentable: "any" }) as JsonSchema;
  return rest;
};

function queryParameters(schema: z.ZodType | undefined) {
  if (!schema) return [];
  const json = jsonSchema(schema) as { properties?: Record<string, JsonSchema>; required?: string[] };
  return Object.entries(json.properties ?? {}).map(([name, s]) => ({
    name,
    in: "query",
    required: json.required?.includes(name) ?? false,
    schema: s,
  }));
}

const errorAnswer = (schema: string) => ({
  description: "Error",
  content: { "application/json": { schema: { $ref: `#/components/schemas/${schema}` } } },
});

function envelope(kind: Endpoint["envelope"], data: JsonSchema): JsonSchema {
  if (kind === "v1")
    return {
      type: "object",
      required: ["code", "data", "message"],
      properties: { code: { const: 100 }, data, message: { const: "Success" } },
    };
  if (kind === "v3") return { type: "object", required: ["data"], properties: { data } };
  if (kind === "v3-deleted") return { type: "object", required: ["data", "error"], properties: { data, error: { type: "null" } } };
  if (kind === "v3-list")
    return {
      type: "object",
      required: ["data", "has_more", "next_token"],
      properties: { data: { type: "array", items: data }, has_more: { type: "boolean" }, next_token: { type: ["string", "null"] } },
    };
  return { type: "object", required: ["error", "data"], properties: { error: { type: "null" }, data } };
}

function operation(e: Endpoint) {
  const errorResponse = errorAnswer(e.envelope.startsWith("v3") ? "V3Error" : "Error");
  const json = (schema: z.ZodType) => ({ "application/json": { schema: jsonSchema(schema) } });
  const requestBody =
    e.body === "video"
      ? { required: true, content: { "application/json": { schema: { $ref: "#/components/schemas/VideoGenerateRequest" } } } }
      : e.body === "binary"
        ? {
            required: true,
            content: {
              "application/octet-stream": { schema: { type: "string", contentMediaType: "application/octet-stream" } },
              ...(e.altJson ? json(e.altJson) : {}),
            },
          }
        : e.body === "file"
          ? {
              required: true,
              content: {
                "multipart/form-data": {
                  schema: {
                    type: "object",
                    required: ["file"],
                    properties: { file: { type: "string", format: "binary", contentMediaType: "application/octet-stream" } },
                  },
                },
              },
            }
          : e.body
            ? { required: true, content: json(e.body) }
            : undefined;
  return {
    operationId: e.operationId,
    summary: e.summary,
    description: e.description,
    tags: [e.tag],
    parameters: [
      ...queryParameters(e.query),
      ...(e.pathParams ?? []).map((name) => ({ name, in: "path", required: true, schema: { type: "string" } })),
      ...(e.headers ?? []).map((h) => ({
        name: h.name,
        in: "header",
        required: false,
        description: h.description,
        schema: { type: "string" },
      })),
    ],
    ...(requestBody ? { requestBody } : {}),
    responses: {
      "200": e.file
        ? { description: "Success", content: { [e.file]: { schema: { type: "string", contentMediaType: e.file } } } }
        : { description: "Success", content: { "application/json": { schema: envelope(e.envelope, e.data) } } },
      "400": errorResponse,
      "401": errorResponse,
      "404": errorResponse,
      "429": errorResponse,
      ...(e.extraErrors ?? []).reduce<Record<string, typeof errorResponse>>((acc, code) => ({ ...acc, [String(code)]: errorResponse }), {}),
      // Any other status (403 for a role without the permission, 413 over the body limit, 500, 502, 503) fails
      // in the same envelope.
      default: { ...errorResponse, description: "Any other failure, in the same error envelope" },
    },
  };
}

// What a receiver gets (API-CONTRACT.md, "Callbacks and webhooks"): one POST per event and destination.
const nullableString = { type: ["string", "null"] };
const eventBodies = {
  success: {
    type: "object",
    required: ["event_type", "event", "event_data"],
    properties: {
      event_type: { type: "string" },
      event: { type: "string", description: "The same value as event_type." },
      event_data: {
        type: "object",
        properties: {
          video_id: { type: "string" },
          url: nullableString,
          gif_download_url: nullableString,
          video_share_page_url: nullableString,
          caption_url: nullableString,
          folder_id: nullableString,
          callback_id: nullableString,
          callback_url: nullableString,
        },
      },
    },
  },
  fail: {
    type: "object",
    required: ["event_type", "event", "event_data"],
    properties: {
      event_type: { const: "avatar_video.fail" },
      event: { const: "avatar_video.fail" },
      event_data: {
        type: "object",
        properties: {
          video_id: { type: "string" },
          msg: { type: "string" },
          code: { type: "string" },
          callback_id: nullableString,
          callback_url: nullableString,
        },
      },
    },
  },
};
const signatureHeaders = [
  { name: "Signature", description: "Hex HMAC-SHA256 of the raw body, keyed with the whole `whsec_` secret." },
  { name: "webhook-id", description: "The event id: the same on every retry." },
  { name: "webhook-timestamp", description: "Unix seconds of this attempt." },
  {
    name: "webhook-signature",
    description:
      "`v1,` + base64 HMAC-SHA256 of `id.timestamp.body`, keyed with the base64-decoded bytes after `whsec_` (Standard Webhooks).",
  },
].map((h) => ({ ...h, in: "header", required: true, schema: { type: "string" } }));

function webhookOperations() {
  return Object.fromEntries(
    webhookEventTypes.map((type) => [
      type,
      {
        post: {
          summary: type,
          description:
            type === "avatar_video_gif.success"
              ? "Sent to subscribed endpoints (never to callback_url) once the GIF preview is stored; the success body."
              : "Sent to the request's callback_url and to every endpoint subscribed to it. Retried with exponential backoff for 24 h until a 2xx answer.",
          tags: ["Webhooks"],
          parameters: signatureHeaders,
          requestBody: {
            required: true,
            content: { "application/json": { schema: type === "avatar_video.fail" ? eventBodies.fail : eventBodies.success } },
          },
          responses: { "200": { description: "Any 2xx ends the retries." } },
        },
      },
    ]),
  );
}

// `version`: only the paths under /v1, /v2 or /v3 (the API reference page's switch), and only the tags they use.
export function openApiDocument(baseUrl: string, version: ApiVersion = "all") {
  const paths: Record<string, Record<string, unknown>> = {};
  const shown = endpoints().filter((e) => inVersion(e, version));
  for (const e of shown) {
    paths[e.path] ??= {};
    paths[e.path]![e.method.toLowerCase()] = operation(e);
  }
  return {
    openapi: "3.1.0",
    info: {
      title: "Avatar Studio API",
      version: "2.0.0",
      summary: "HeyGen v2 wire-compatible video generation",
      description:
        "Point an existing HeyGen v2 client at this server: change only the base URL and the API key. " +
        "Authenticate with `X-Api-Key: <key>` or `Authorization: Bearer <key>`.",
      license: { name: "AGPL-3.0-only", identifier: "AGPL-3.0-only" },
    },
    servers: [{ url: baseUrl }],
    security: [{ apiKey: [] }, { bearer: [] }],
    // Webhooks also tags the events we send (`webhooks` below), whichever version made the endpoint.
    tags: endpointTags.filter((tag) => tag === "Webhooks" || shown.some((e) => e.tag === tag)).map((name) => ({ name })),
    paths,
    webhooks: webhookOperations(),
    components: {
      securitySchemes: {
        apiKey: { type: "apiKey", in: "header", name: "X-Api-Key" },
        bearer: { type: "http", scheme: "bearer" },
      },
      schemas: {
        VideoGenerateRequest: jsonSchema(videoRequestSchema),
        Error: {
          type: "object",
          required: ["data", "error"],
          properties: {
            data: { type: "null" },
            error: {
              type: "object",
              required: ["code", "message", "request_id"],
              properties: {
                code: { type: "string" },
                message: { type: "string" },
                // Validation answers name each field problem here too (the message names the first few).
                details: {
                  type: "array",
                  items: {
                    type: "object",
                    required: ["path", "message"],
                    properties: { path: { type: "string" }, message: { type: "string" } },
                  },
                },
                // The answer's X-Request-Id header, to quote when reporting a problem.
                request_id: { type: "string" },
              },
            },
          },
        },
        // HeyGen v3's error envelope (HEYGEN-V3.md 1.3): `param` names the field at fault.
        V3Error: {
          type: "object",
          required: ["error"],
          properties: {
            error: {
              type: "object",
              required: ["code", "message"],
              properties: { code: { type: "string" }, message: { type: "string" }, param: { type: "string" } },
            },
          },
        },
      },
    },
  };
}
