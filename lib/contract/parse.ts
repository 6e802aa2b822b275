import type { z } from "zod";
import { Invalid } from "@/lib/errors";
import { formatPath } from "@/lib/validation/format-path";
import { estimateVoiceSeconds, MAX_VOICE_SECONDS } from "./estimate";
import { got } from "./fields";
import { normaliseVideoBody } from "./normalise";
import { videoRequestSchema, type VideoRequest } from "./schema";

const MAX_REPORTED = 3;

// Every field of the schema words its own issues; this only covers what slips past them, in our words.
function fallback(iss: z.core.$ZodRawIssue): string {
  if (iss.code === "invalid_type") return `must be ${iss.expected}, got ${got(iss.input)}`;
  return `is not valid, got ${got(iss.input)}`;
}

function invalid(issues: readonly z.core.$ZodIssue[]): Invalid {
  return Invalid.fields(
    issues.map((issue) => ({ path: formatPath(issue.path), message: issue.message })),
    MAX_REPORTED,
  );
}

// The body of POST /v2/video/generate: tolerance rules, then validation with defaults, then the caps
// that need the whole request. Any problem is a 400 `invalid_parameter` naming the field, the rule and
// what was sent. Audio assets count as 0 s here; the route re-checks once their durations are known.
export function parseVideoRequest(raw: unknown): VideoRequest {
  const result = videoRequestSchema.safeParse(normaliseVideoBody(raw), { error: fallback });
  if (!result.success) throw invalid(result.error.issues);
  const seconds = estimateVoiceSeconds(result.data, {});
  if (seconds > MAX_VOICE_SECONDS) {
    throw Invalid.field(
      "video_inputs",
      `the voice would last about ${Math.ceil(seconds / 60)} minutes; a video may have at most ${MAX_VOICE_SECONDS / 60} minutes of voice`,
    );
  }
  return result.data;
}
