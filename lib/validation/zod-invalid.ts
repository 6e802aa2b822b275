import type { ZodError, core } from "zod";
import { Invalid, issueSentence, type FieldIssue } from "@/lib/errors";
import { formatPath } from "@/lib/validation/format-path";

// A validation message names this many problems; `details` carries them all.
const SHOWN = 5;

function describeIssue(issue: core.$ZodIssue): string {
  switch (issue.code) {
    case "invalid_type":
      return issue.input === undefined ? "is required" : `must be ${issue.expected}`;
    case "too_small":
      return issue.origin === "string"
        ? Number(issue.minimum) <= 1
          ? "must not be empty"
          : `must be at least ${issue.minimum} characters`
        : issue.origin === "array"
          ? `must have at least ${issue.minimum} items`
          : `must be at least ${issue.minimum}`;
    case "too_big":
      return issue.origin === "string"
        ? `must be at most ${issue.maximum} characters`
        : issue.origin === "array"
          ? `must have at most ${issue.maximum} items`
          : `must be at most ${issue.maximum}`;
    case "invalid_value":
      return `must be one of ${issue.values.map((v) => JSON.stringify(v)).join(", ")}`;
    case "invalid_format":
      return `must be a valid ${issue.format}`;
    case "unrecognized_keys":
      return `has unknown field${issue.keys.length > 1 ? "s" : ""} ${issue.keys.join(", ")}`;
    default:
      return issue.message;
  }
}

// No raw zod wording reaches users: every issue becomes a field path and what is wrong with it.
function zodIssues(error: ZodError, prefix: ReadonlyArray<PropertyKey> = []): FieldIssue[] {
  return error.issues.map((issue) => ({ path: formatPath([...prefix, ...issue.path]), message: describeIssue(issue) }));
}

/** "path: what is wrong; ..." for the first few issues. */
export function zodMessage(error: ZodError, prefix: ReadonlyArray<PropertyKey> = []): string {
  return issueSentence(zodIssues(error, prefix), SHOWN);
}

/** A failed zod parse as the domain's validation error: HeyGen's sentence, and every issue in `details`. */
export function zodInvalid(error: ZodError, prefix: ReadonlyArray<PropertyKey> = []): Invalid {
  const issues = zodIssues(error, prefix);
  return new Invalid(issueSentence(issues, SHOWN), issues);
}
