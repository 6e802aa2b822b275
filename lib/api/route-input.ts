import "server-only";
import type { z } from "zod";
import { zodInvalid } from "@/lib/validation/zod-invalid";
import { parseJson } from "@/lib/api/read-body";
import { checkInput } from "@/lib/api/request-checks";
import { trackedBody, type TrackedBody } from "@/lib/api/tracked-body";

// Next's route params: catch-all segments ([...key]) are lists.
export type RouteParams = Record<string, string | string[]>;

// A zod schema for a JSON body; a parser of the JSON value with its own messages (POST /v2/video/generate);
// "raw": the bytes, read whole up to maxBody; "stream": the body unread, for uploads.
export type BodySpec = z.ZodType | ((json: unknown) => unknown) | "raw" | "stream";

export type InputSpec = { params?: z.ZodType; query?: z.ZodType; body?: BodySpec };

// What a handler receives, inferred from the schemas it declared (nothing where it declared none).
export type ParamsOf<S> = S extends z.ZodType ? z.output<S> : Record<string, never>;
export type QueryOf<S> = S extends z.ZodType ? z.output<S> : Record<string, never>;
export type BodyOf<S> = S extends z.ZodType
  ? z.output<S>
  : S extends "raw"
    ? Buffer
    : S extends "stream"
      ? ReadableStream<Uint8Array> | null
      : S extends (json: unknown) => infer R
        ? Awaited<R>
        : undefined;

export type RouteInput = { params: unknown; query: unknown; body: unknown; stream: TrackedBody | null };

function parseWith(schema: z.ZodType, value: unknown): unknown {
  const result = schema.safeParse(value);
  if (!result.success) throw zodInvalid(result.error);
  return result.data;
}

// Params, then query, then body, each through its schema (the core has run checkInput on params and query; the
// body goes through it here). The body is read only here
// (after authentication), except for signed callbacks, whose raw body `readRaw` already holds.
export async function readInput(
  req: Request,
  routeParams: RouteParams,
  spec: InputSpec,
  readRaw: () => Promise<Buffer>,
): Promise<RouteInput> {
  const params = spec.params ? parseWith(spec.params, routeParams) : {};
  const rawQuery = Object.fromEntries(new URL(req.url).searchParams);
  const query = spec.query ? parseWith(spec.query, rawQuery) : {};

  const mode = spec.body;
  if (mode === undefined) return { params, query, body: undefined, stream: null };
  if (mode === "raw") return { params, query, body: await readRaw(), stream: null };
  if (mode === "stream") {
    const stream = req.body ? trackedBody(req.body) : null;
    return { params, query, body: stream?.body ?? null, stream };
  }
  const json = parseJson(await readRaw());
  checkInput("body", json);
  const body = typeof mode === "function" ? await mode(json) : parseWith(mode, json);
  return { params, query, body, stream: null };
}
