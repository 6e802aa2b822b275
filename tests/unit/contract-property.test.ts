import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { DomainError } from "@/lib/errors";
import { toApiError } from "@/lib/api/to-api-error";
import { fillExample } from "@/lib/contract/examples";
import { normaliseVideoBody } from "@/lib/contract/normalise";
import { parseVideoRequest } from "@/lib/contract/parse";
import { videoRequestSchema } from "@/lib/contract/schema";

// Whatever a client does to a valid body, parsing returns a VideoRequest or throws a 4xx ApiError in our
// own words: never another exception, never zod's wording.

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Path = (string | number)[];

const ids = { image_asset_id: "img", video_asset_id: "vid", audio_asset_id: "aud", folder_id: "folder", talking_photo_id: "photo" };
const validBodies: Json[] = [
  { video_inputs: [{ voice: { type: "silence" } }] },
  fillExample("every-field", ids) as Json,
  fillExample("talking-photo", ids) as Json,
];

function paths(value: Json, prefix: Path = []): Path[] {
  if (value === null || typeof value !== "object") return [prefix];
  const keys = Array.isArray(value) ? value.map((_, i) => i) : Object.keys(value);
  return [prefix, ...keys.flatMap((k) => paths((value as Record<string | number, Json>)[k]!, [...prefix, k]))];
}

function valueAt(body: Json, path: Path): unknown {
  return path.reduce<unknown>((node, key) => (node as Record<string | number, unknown> | undefined)?.[key], body);
}

type Mutation = { op: "delete" } | { op: "set"; value: unknown } | { op: "stringify" } | { op: "scenes"; count: number };

function mutate(body: Json, path: Path, mutation: Mutation): unknown {
  if (mutation.op === "scenes") {
    const given = (body as { video_inputs?: unknown }).video_inputs;
    const scenes = Array.isArray(given) && given.length > 0 ? given : [{ voice: { type: "silence" } }];
    return { ...(body as object), video_inputs: Array.from({ length: mutation.count }, (_, i) => scenes[i % scenes.length]) };
  }
  if (path.length === 0) return mutation.op === "set" ? mutation.value : mutation.op === "delete" ? {} : JSON.stringify(body);
  const copy = structuredClone(body) as Record<string | number, unknown>;
  const parent = valueAt(copy as Json, path.slice(0, -1)) as Record<string | number, unknown>;
  const last = path.at(-1)!;
  if (mutation.op === "delete") {
    if (Array.isArray(parent)) parent.splice(Number(last), 1);
    else delete parent[last];
  } else if (mutation.op === "stringify") {
    parent[last] = String(parent[last]);
  } else parent[last] = mutation.value;
  return copy;
}

const junk: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom<unknown>(
    null,
    undefined,
    "",
    "1",
    "1.1",
    "-3",
    "1e3",
    "false",
    "true",
    " ",
    0,
    -1,
    1.5,
    1e308,
    -0,
    NaN,
    Infinity,
    true,
    false,
    [],
    {},
  ),
  fc.constantFrom<unknown>(
    "#zzz",
    "javascript:alert(1)",
    "file:///etc/passwd",
    "http://",
    "https://example.com/a b",
    "circle",
    "Excited",
    "__proto__",
  ),
  fc.constant("x".repeat(100_001)),
  fc.jsonValue(),
  fc.anything(),
  fc.dictionary(fc.constantFrom("type", "__proto__", "constructor", "value", "url", "x", "y"), fc.jsonValue()),
);

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.constant<Mutation>({ op: "delete" }),
  fc.constant<Mutation>({ op: "stringify" }),
  junk.map((value): Mutation => ({ op: "set", value })),
  fc.integer({ min: 45, max: 60 }).map((count): Mutation => ({ op: "scenes", count })),
);

// 1 to 3 mutations applied one after another to one of the valid bodies.
const mutatedBody = fc
  .tuple(fc.nat({ max: validBodies.length - 1 }), fc.array(fc.tuple(fc.nat(), mutation), { minLength: 1, maxLength: 3 }))
  .map(([i, steps]) =>
    steps.reduce<unknown>((body, [pick, m]) => {
      if (body === null || typeof body !== "object") return body;
      const all = paths(body as Json);
      return mutate(body as Json, all[pick % all.length]!, m);
    }, validBodies[i]),
  );

const zodWording = /Invalid input|Invalid option|expected|received|Too (big|small)|Unrecognized/;

describe("parseVideoRequest under mutation", () => {
  it("returns a VideoRequest or throws a 4xx ApiError in our words", () => {
    fc.assert(
      fc.property(mutatedBody, (raw) => {
        let request: unknown;
        try {
          request = parseVideoRequest(raw);
        } catch (error) {
          expect(error).toBeInstanceOf(DomainError);
          const { status, message } = toApiError(error, "test");
          expect(status).toBeGreaterThanOrEqual(400);
          expect(status).toBeLessThan(500);
          expect(message).toMatch(/^[\w[\].]+: /);
          expect(message).not.toMatch(zodWording);
          return;
        }
        expect(videoRequestSchema.safeParse(request).success).toBe(true);
        // A parsed request parses to itself: defaults and normalisation are already applied.
        expect(parseVideoRequest(request)).toEqual(request);
      }),
      { numRuns: 1000 },
    );
  });

  it("never lets the normaliser throw, whatever it is given", () => {
    fc.assert(
      fc.property(fc.oneof(fc.anything(), mutatedBody), (raw) => {
        normaliseVideoBody(raw);
      }),
      { numRuns: 1000 },
    );
  });
});
