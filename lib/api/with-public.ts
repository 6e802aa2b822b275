import "server-only";
import type { z } from "zod";
import { routeCore, type CoreContext, type CoreOptions, type LimitName } from "@/lib/api/route-core";
import type { BodyOf, BodySpec, ParamsOf, QueryOf } from "@/lib/api/route-input";

export type PublicOptions<PS, QS, BS> = Omit<CoreOptions, "rateLimit"> & {
  params?: PS;
  query?: QS;
  body?: BS;
  // Counted per client IP; none when absent (files, health and docs are fetched often).
  rateLimit?: LimitName;
};
export type PublicContext<PS, QS, BS> = CoreContext<ParamsOf<PS>, QueryOf<QS>, BodyOf<BS>>;

/** A route anyone may call: no session or key is read (files behind signed links, health, docs, resets). */
export function withPublic<
  PS extends z.ZodType | undefined = undefined,
  QS extends z.ZodType | undefined = undefined,
  BS extends BodySpec | undefined = undefined,
>(handler: (ctx: PublicContext<PS, QS, BS>) => Promise<unknown>, options: PublicOptions<PS, QS, BS> = {}) {
  return routeCore(options, async ({ ip }) => ({ context: {}, limitBy: options.rateLimit ? `ip:${ip}` : null }), handler);
}
