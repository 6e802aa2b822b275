import { z } from "zod";

// Field builders for the contract schema. Each carries its own wording (the rule and what was sent), so
// no zod default message ever reaches a user and every field of one kind reads the same.

type RawIssue = z.core.$ZodRawIssue;

// What the client sent, short enough for a message: `3`, `"stretch"`, `an object`, `nothing`.
export function got(input: unknown): string {
  if (input === undefined) return "nothing";
  if (input === null) return "null";
  if (typeof input === "string") return JSON.stringify(input.length > 40 ? `${input.slice(0, 40)}…` : input);
  if (Array.isArray(input)) return "a list";
  if (typeof input === "object") return "an object";
  return String(input);
}

const rule = (text: string) => ({ error: (iss: RawIssue) => `${text}, got ${got(iss.input)}` });

// `min < n <= max` for scales (0 is no size at all), `min <= n <= max` otherwise.
export function numberBetween(min: number, max: number, opts: { exclusiveMin?: boolean } = {}) {
  if (opts.exclusiveMin) {
    const e = rule(`must be greater than ${min} and at most ${max}`);
    return z.number(e).gt(min, e).max(max, e);
  }
  const e = rule(`must be between ${min} and ${max}`);
  return z.number(e).min(min, e).max(max, e);
}

export function wholeNumberBetween(min: number, max: number) {
  const e = rule(`must be a whole number between ${min} and ${max}`);
  return z.number(e).int(e).min(min, e).max(max, e);
}

export function evenNumberBetween(min: number, max: number) {
  const e = rule(`must be an even number between ${min} and ${max}`);
  return z.number(e).int(e).min(min, e).max(max, e).multipleOf(2, e);
}

export function anyNumber() {
  return z.number(rule("must be a number"));
}

export function oneOf<const T extends readonly [string, ...string[]]>(values: T) {
  return z.enum(values, rule(`must be one of ${values.join(", ")}`));
}

export function bool() {
  return z.boolean(rule("must be true or false"));
}

// Free text with a cap; the length is reported rather than the (possibly huge) text itself.
export function text(max: number, opts: { min?: number } = {}) {
  const min = opts.min ?? 0;
  const error = (iss: RawIssue) => {
    if (iss.input === undefined) return "is required";
    if (typeof iss.input !== "string") return `must be text, got ${got(iss.input)}`;
    if (min > 0 && iss.code !== "too_big") return "must not be empty";
    return `must be at most ${max} characters, got ${iss.input.length}`;
  };
  const base = z.string({ error }).max(max, { error });
  // abort: an empty text gets one message, not a second one from later checks.
  return min > 0 ? base.min(min, { error, abort: true }) : base;
}

// Ids of catalog entries and team-owned objects; whether one exists is checked later (resolve).
export function id() {
  const error = (iss: RawIssue) => {
    if (iss.input === undefined) return "is required";
    return typeof iss.input === "string" ? "must not be empty" : `must be a string id, got ${got(iss.input)}`;
  };
  return z.string({ error }).min(1, { error });
}

const hexPattern = /^#(?:[0-9a-fA-F]{3}|[0-9a-fA-F]{6})$/;
export function hexColour() {
  const e = rule("must be a hex colour like #ffffff or #fff");
  return z.string(e).regex(hexPattern, e);
}

// http(s) only: file:, data:, ftp: and friends would let a request read our own disk or network.
export function httpUrl() {
  const e = rule("must be an http or https URL");
  return z.url({ protocol: z.regexes.httpProtocol, ...e });
}

const localePattern = /^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/;
export function locale() {
  const e = rule("must be a locale like en-US or pt-BR");
  return z.string(e).max(35, e).regex(localePattern, e);
}

// Object-level wording: only a non-object input is this schema's own issue.
export function object<S extends z.core.$ZodLooseShape>(shape: S, what = "an object") {
  return z.object(shape, {
    error: (iss) => {
      if (iss.code !== "invalid_type") return undefined;
      return iss.input === undefined ? "is required" : `must be ${what}, got ${got(iss.input)}`;
    },
  });
}

// A discriminated union names its `type` field and the values it knows.
export function kindOf(values: readonly string[]) {
  return {
    error: (iss: RawIssue) => {
      if (iss.code === "invalid_type") return iss.input === undefined ? "is required" : `must be an object, got ${got(iss.input)}`;
      const input = iss.input as { type?: unknown } | undefined;
      return `must be one of ${values.join(", ")}, got ${got(input?.type)}`;
    },
  };
}
