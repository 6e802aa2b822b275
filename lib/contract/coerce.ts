// Scalar tolerance used by normaliseVideoBody. Each helper is called only where the schema expects that
// kind of value, so `"123"` becomes a number for `speed` and stays a string for `input_text`. Anything a
// helper cannot read is passed through unchanged for the schema to refuse with a precise message.

export type Json = Record<string, unknown>;

export const isObject = (value: unknown): value is Json => typeof value === "object" && value !== null && !Array.isArray(value);

// Own keys only: an inherited property (or one planted via a prototype) is never part of the body.
export const own = (object: Json, key: string): unknown => (Object.hasOwn(object, key) ? object[key] : undefined);

// `null` for an optional field means "not given".
export const present = (value: unknown): unknown => (value === null ? undefined : value);

const numeric = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;

export function toNumber(value: unknown): unknown {
  if (typeof value === "string" && numeric.test(value.trim())) return Number(value.trim());
  return present(value);
}

export function toBoolean(value: unknown): unknown {
  if (typeof value === "string") {
    const word = value.trim().toLowerCase();
    if (word === "true") return true;
    if (word === "false") return false;
  }
  return present(value);
}

// An empty string for an optional enum means "not given", so the default applies.
export function toEnum(value: unknown): unknown {
  if (typeof value === "string" && value.trim() === "") return undefined;
  return present(value);
}

// Case-insensitive match onto the canonical spelling; unknown values pass through to be refused.
export function toCanonical(value: unknown, allowed: readonly string[]): unknown {
  const given = toEnum(value);
  if (typeof given !== "string") return given;
  return allowed.find((option) => option.toLowerCase() === given.trim().toLowerCase()) ?? given;
}

// Builds an object without the keys whose value is undefined, so "absent" stays absent.
export function compact(entries: Json): Json {
  const out: Json = {};
  for (const [key, value] of Object.entries(entries)) if (value !== undefined) out[key] = value;
  return out;
}
