const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

// Text a request may carry: no NUL characters (PostgreSQL cannot store them) and no lone surrogates (they have
// no UTF-8 encoding). Answers what is wrong with `text`, or null when it is fine.
export function textProblem(text: string): string | null {
  if (text.includes("\u0000")) return "must not contain NUL characters (\\u0000)";
  if (LONE_SURROGATE.test(text)) return "must be valid Unicode text (it has a lone surrogate)";
  return null;
}

export type TextIssue = { path: (string | number)[]; message: string };

// No request we accept nests deeper; a deeper one is refused before anything walks it recursively.
const MAX_DEPTH = 64;

// The first string (or object key) in a JSON-like value with a problem, and where it is; or the first value
// nested too deeply.
export function findTextProblem(value: unknown, path: (string | number)[] = []): TextIssue | null {
  if (path.length > MAX_DEPTH) return { path: path.slice(0, MAX_DEPTH), message: `is nested too deeply (more than ${MAX_DEPTH} levels)` };
  if (typeof value === "string") {
    const message = textProblem(value);
    return message ? { path, message } : null;
  }
  if (Array.isArray(value)) {
    for (const [i, item] of value.entries()) {
      const found = findTextProblem(item, [...path, i]);
      if (found) return found;
    }
    return null;
  }
  if (value !== null && typeof value === "object") {
    for (const [key, item] of Object.entries(value)) {
      const keyProblem = textProblem(key);
      if (keyProblem) return { path: [...path, key], message: `is a field name that ${keyProblem}` };
      const found = findTextProblem(item, [...path, key]);
      if (found) return found;
    }
  }
  return null;
}
