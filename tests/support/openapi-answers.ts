import Ajv2020, { type ErrorObject, type ValidateFunction } from "ajv/dist/2020";
import addFormats from "ajv-formats";
import { openApiDocument } from "@/lib/openapi/document";

// Checks an answer of the public API against the OpenAPI document we publish: the integration tests' `api()`
// runs every JSON answer to a documented /v1, /v2 or /v3 operation through it, so the document cannot drift
// from what the routes answer.
type Json = Record<string, unknown>;
type Doc = ReturnType<typeof openApiDocument>;
type Operation = { operationId: string; responses: Record<string, { content?: Record<string, { schema?: Json }> }> };
type Route = { template: string; method: string; pattern: RegExp; literals: number; operation: Operation };

export type AnswerCheck = { method: string; path: string; status: number; contentType: string | null; body: unknown };

const ID = "https://avatar-studio.invalid/openapi";

function routesOf(doc: Doc): Route[] {
  const routes = Object.entries(doc.paths).flatMap(([template, ops]) =>
    Object.entries(ops).map(([method, operation]) => ({
      template,
      method: method.toUpperCase(),
      pattern: new RegExp(`^${template.replace(/[.*+?^$()|[\]\\]/g, "\\$&").replace(/\{\w+\}/g, "[^/]+")}$`),
      literals: template.split("/").filter((s) => s && !s.startsWith("{")).length,
      operation: operation as Operation,
    })),
  );
  // A literal segment beats a parameter: /v3/avatars/looks is not /v3/avatars/{group_id}.
  return routes.sort((a, b) => b.literals - a.literals);
}

const isJson = (contentType: string | null) => /^application\/([\w.+-]+\+)?json\b/i.test(contentType ?? "");

export function openApiAnswerChecker(doc: Doc = openApiDocument("http://studio.invalid")) {
  // allErrors: say every problem of a body at once; strict: a typo in the document's schemas fails loudly.
  const ajv = new Ajv2020({ allErrors: true, strict: true, strictTypes: false });
  addFormats(ajv);
  const routes = routesOf(doc);
  const compiled = new Map<string, ValidateFunction>();

  // Each response schema is compiled with the document's components beside it, so `#/components/...` resolves.
  ajv.addKeyword("components");
  const validatorFor = (route: Route, status: string, schema: Json) => {
    const key = `${route.operation.operationId} ${status}`;
    let validate = compiled.get(key);
    if (!validate) {
      validate = ajv.compile({ $id: `${ID}/${route.operation.operationId}/${status}`, ...schema, components: doc.components });
      compiled.set(key, validate);
    }
    return validate;
  };

  // null when the answer matches or is not ours to judge; else a message that says what differs.
  return function check(answer: AnswerCheck): string | null {
    // /api/v3/... is the same route as /v3/... (the app rewrites the public paths onto /api).
    const pathname = new URL(answer.path, "http://studio.invalid").pathname.replace(/^\/api(?=\/v[123]\/)/, "");
    if (!/^\/v[123]\//.test(pathname) || !isJson(answer.contentType)) return null;
    const route = routes.find((r) => r.method === answer.method.toUpperCase() && r.pattern.test(pathname));
    if (!route) return null;
    const where = `${answer.method.toUpperCase()} ${answer.path} answered ${answer.status}`;
    const declared = route.operation.responses[String(answer.status)] ?? route.operation.responses.default;
    if (!declared)
      return `${where}: ${route.method} ${route.template} documents no ${answer.status} answer (nor a default)\nbody: ${show(answer.body)}`;
    const media = declared.content ?? {};
    // The document says this answer is a file (audio, an image): nothing to check in a JSON sense.
    if (!media["application/json"]) {
      if (Object.keys(media).length > 0) return null;
      return `${where}: ${route.method} ${route.template} documents no JSON body for ${answer.status}\nbody: ${show(answer.body)}`;
    }
    const schema = media["application/json"].schema;
    if (!schema) return null;
    const validate = validatorFor(route, answer.status in route.operation.responses ? String(answer.status) : "default", schema);
    if (validate(answer.body)) return null;
    return [
      `${where}, which does not match the OpenAPI document (${route.method} ${route.template}, response ${answer.status}):`,
      ...formatErrors(validate.errors ?? []),
      `body: ${show(answer.body)}`,
    ].join("\n");
  };
}

function formatErrors(errors: ErrorObject[]): string[] {
  return errors.map((e) => {
    const extra =
      e.keyword === "enum"
        ? ` ${JSON.stringify((e.params as { allowedValues: unknown[] }).allowedValues)}`
        : e.keyword === "const"
          ? ` ${JSON.stringify((e.params as { allowedValue: unknown }).allowedValue)}`
          : "";
    return `  ${e.instancePath || "(body)"}: ${e.message}${extra}`;
  });
}

function show(body: unknown) {
  const text = JSON.stringify(body);
  return text.length > 4000 ? `${text.slice(0, 4000)}... (${text.length} characters)` : text;
}
