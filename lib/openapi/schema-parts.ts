// JSON Schema pieces the endpoint lists (endpoints.ts, v3-webhook-endpoints.ts) describe answers with.
export const str = { type: "string" };
export const strOrNull = { type: ["string", "null"] };
export const int = { type: "integer" };
export const intOrNull = { type: ["integer", "null"] };
export const bool = { type: "boolean" };
export const dateTime = { type: "string", format: "date-time" };
export const arrayOf = (items: Record<string, unknown>) => ({ type: "array", items });

// Every property is required (every answer has it) unless named in `optional`. Other fields may come too
// (no additionalProperties: false): HeyGen clients ignore what they do not read, and we add some.
export const obj = (properties: Record<string, unknown>, optional: readonly string[] = []) => ({
  type: "object",
  required: Object.keys(properties).filter((k) => !optional.includes(k)),
  properties,
});
