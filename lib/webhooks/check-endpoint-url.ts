import "server-only";
import { guardedFetch } from "@/lib/assets/fetch-guard";
import { FetchError } from "@/lib/assets/fetch-error";
import { Invalid } from "@/lib/errors";

const CHECK_TIMEOUT_MS = 1000;

/**
 * Checks a new endpoint URL as HeyGen does: an OPTIONS request through the fetch guard that must be answered
 * within 1 s, with a 2xx (or 405: the path exists, OPTIONS is just not routed). Anything else is a 400 naming
 * `url`, so a typo or an unreachable receiver is caught before the first event.
 */
export async function checkEndpointUrl(url: string): Promise<void> {
  let status: number;
  try {
    const res = await guardedFetch(url, {
      method: "OPTIONS",
      timeoutMs: CHECK_TIMEOUT_MS,
      maxRedirects: 0,
      headers: { "user-agent": "AvatarStudio-Webhooks/1" },
    });
    res.body.destroy();
    status = res.status;
  } catch (error) {
    if (error instanceof FetchError) throw Invalid.field("url", `the OPTIONS check failed: ${error.message}`);
    throw error;
  }
  if ((status >= 200 && status < 300) || status === 405) return;
  throw Invalid.field(
    "url",
    `${url} answered the OPTIONS check with ${status}; the endpoint must accept OPTIONS requests (2xx) within 1 s and must not redirect`,
  );
}
