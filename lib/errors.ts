// Domain errors: what went wrong, in the domain's words, free of HTTP. Domain code throws these; lib/api
// alone turns them into statuses, codes and envelopes. `message` is a sentence a person can act on, naming
// the field where there is one; `details` lists field problems one by one, for forms and API clients.

/** One field's problem: `path` as the contract names fields ("video_inputs[0].voice.speed"). */
export type FieldIssue = { path: string; message: string };

export type ErrorKind =
  | "invalid"
  | "unauthorized"
  | "quota_exceeded"
  | "forbidden"
  | "not_found"
  | "method_not_allowed"
  | "conflict"
  | "gone"
  | "too_large"
  | "unsupported_media"
  | "range_not_satisfiable"
  | "rate_limited"
  | "upstream_failed"
  | "unavailable";

// A validation answer lists at most this many field problems (its message names fewer).
const MAX_DETAILS = 50;

export abstract class DomainError extends Error {
  abstract readonly kind: ErrorKind;
  readonly details: readonly FieldIssue[];
  /** When trying again may succeed: seconds, or whatever an upstream said (kept as it was sent). */
  readonly retryAfter: string | null;

  constructor(message: string, details: readonly FieldIssue[] = [], retryAfter: string | null = null) {
    super(message);
    this.name = new.target.name;
    this.details = details.slice(0, MAX_DETAILS);
    this.retryAfter = retryAfter;
  }

  /** One field's problem: the message reads "path: what is wrong", and `details` says the same. */
  static field<E extends DomainError>(this: new (message: string, details: FieldIssue[]) => E, path: string, message: string): E {
    return new this(`${path}: ${message}`, [{ path, message }]);
  }
}

/** Several problems in one sentence ("a: ...; b: ..."), the first `shown` of them. */
export function issueSentence(issues: readonly FieldIssue[], shown: number): string {
  return issues
    .slice(0, shown)
    .map((issue) => `${issue.path}: ${issue.message}`)
    .join("; ");
}

function unique(issues: readonly FieldIssue[]): FieldIssue[] {
  const seen = new Set<string>();
  return issues.filter((issue) => {
    const key = `${issue.path}\u0000${issue.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

export class Invalid extends DomainError {
  readonly kind = "invalid";

  /** Field problems without repeats: the message names the first `shown`, `details` lists them all. */
  static fields(issues: readonly FieldIssue[], shown: number): Invalid {
    const distinct = unique(issues);
    return new Invalid(issueSentence(distinct, shown), distinct);
  }
}

export class Unauthorized extends DomainError {
  readonly kind = "unauthorized";
  constructor(message = "A valid API key or session is required.") {
    super(message);
  }
}

export class Forbidden extends DomainError {
  readonly kind = "forbidden";
  constructor(message = "Your role in this team does not allow this.") {
    super(message);
  }
}

export class NotFound extends DomainError {
  readonly kind = "not_found";
  constructor(what = "The resource") {
    super(`${what} was not found.`);
  }
}

/** The path exists but not for this method: `allowed` goes into the Allow header. */
export class MethodNotAllowed extends DomainError {
  readonly kind = "method_not_allowed";
  constructor(
    method: string,
    readonly allowed: readonly string[],
  ) {
    super(`${method} is not allowed here; this endpoint answers ${allowed.join(", ")}.`);
  }
}

export class Conflict extends DomainError {
  readonly kind = "conflict";
}

/** An Idempotency-Key whose first request is still being answered (v3's `request_in_progress`). */
export class RequestInProgress extends Conflict {
  constructor() {
    super("A request with this Idempotency-Key is still in progress; retry once it has been answered.");
  }
}

export class QuotaExceeded extends DomainError {
  readonly kind = "quota_exceeded";
}

/** A one-time link or invite that no longer works; `reason` is the code clients see. */
export class Gone extends DomainError {
  readonly kind = "gone";
  constructor(
    readonly reason: "invite_invalid" | "reset_invalid",
    message: string,
  ) {
    super(message);
  }
}

export class TooLarge extends DomainError {
  readonly kind = "too_large";
}

export class UnsupportedMedia extends DomainError {
  readonly kind = "unsupported_media";
}

/** A byte range outside a file of `size` bytes. */
export class RangeNotSatisfiable extends DomainError {
  readonly kind = "range_not_satisfiable";
  constructor(readonly size: number) {
    super(`The range is outside the file (${size} bytes).`);
  }
}

export class RateLimited extends DomainError {
  readonly kind = "rate_limited";
  constructor(readonly retryAfterSeconds: number) {
    super(`Too many requests; try again in ${retryAfterSeconds} s.`, [], String(retryAfterSeconds));
  }
}

/** A service we depend on (a HeyGen upstream) refused or failed, for a reason that is not the caller's. */
export class UpstreamFailed extends DomainError {
  readonly kind = "upstream_failed";
}

/** Something this server needs is not set up or not usable right now. */
export class Unavailable extends DomainError {
  readonly kind = "unavailable";
}
