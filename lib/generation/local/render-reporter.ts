import "server-only";
import { env } from "@/lib/env";
import { getSecret } from "@/lib/secrets";
import { httpStatusReporter } from "@/lib/videos/http-status-reporter";
import type { StatusReporter } from "@/lib/videos/status-reporter";

let reporter: StatusReporter | undefined;

// Where the render jobs send their reports: the web server's ingestion route, signed (RENDER_CALLBACK_URL,
// default $APP_URL/api/callbacks/render), as from a worker on another machine.
export function renderReporter(): StatusReporter {
  reporter ??= httpStatusReporter({ url: env().renderCallbackUrl, secret: () => getSecret("RENDER_CALLBACK_SECRET") });
  return reporter;
}
