import "server-only";
import type { z } from "zod";
import { Unauthorized } from "@/lib/errors";
import { routeCore, type CoreContext, type CoreOptions } from "@/lib/api/route-core";
import type { BodyOf, BodySpec, ParamsOf, QueryOf, RouteParams } from "@/lib/api/route-input";

export type SignedCallbackOptions<PS, QS, BS> = Omit<CoreOptions, "rateLimit"> & {
  params?: PS;
  query?: QS;
  body?: BS;
  // Checks the signature of the raw body, before anything else is read; the params are the route's, unparsed.
  verify: (req: Request, raw: Buffer, params: RouteParams) => Promise<boolean>;
};
export type SignedCallbackContext<PS, QS, BS> = CoreContext<ParamsOf<PS>, QueryOf<QS>, BodyOf<BS>> & { raw: Buffer };

/** A machine callback (render workers, HeyGen upstreams): no session or key, the signature is the auth; not rate limited. */
export function withSignedCallback<
  PS extends z.ZodType | undefined = undefined,
  QS extends z.ZodType | undefined = undefined,
  BS extends BodySpec | undefined = undefined,
>(handler: (ctx: SignedCallbackContext<PS, QS, BS>) => Promise<unknown>, options: SignedCallbackOptions<PS, QS, BS>) {
  return routeCore(
    options,
    async ({ req, routeParams, readRaw }) => {
      const raw = await readRaw();
      if (!(await options.verify(req, raw, routeParams))) throw new Unauthorized("The signature is missing, invalid or too old.");
      return { context: { raw }, limitBy: null };
    },
    handler,
  );
}
