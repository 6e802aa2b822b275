import { z } from "zod";

// The team settings' "Provider" section: what the route parses, the form sends and the client reads.

export const DEFAULT_HEYGEN_BASE_URL = "https://api.heygen.com";

// An origin with an optional path prefix; no query, fragment or credentials (the key goes in a header).
export const heygenBaseUrl = z
  .string()
  .trim()
  .max(500)
  .pipe(z.url({ protocol: /^https?$/, error: "must be an http or https URL like https://api.heygen.com" }))
  .refine((u) => {
    const url = new URL(u);
    return !url.search && !url.hash && !url.username && !url.password;
  }, "must be a plain base URL, without a query, a fragment or credentials")
  // The team's key travels in every request: in clear only to this machine itself.
  .refine((u) => {
    const url = new URL(u);
    return url.protocol === "https:" || /^(localhost|127(\.\d{1,3}){3}|\[::1\])$/.test(url.hostname);
  }, "must be https (plain http only for an upstream on this machine, such as http://127.0.0.1:8080)")
  .transform((u) => u.replace(/\/+$/, ""));

export const providerSettingsBody = z.discriminatedUnion("provider", [
  z.object({ provider: z.literal("local") }),
  z.object({
    provider: z.literal("heygen"),
    // Absent or empty: keep the stored key.
    api_key: z
      .string()
      .trim()
      .max(500)
      .optional()
      .transform((k) => k || undefined),
    base_url: heygenBaseUrl.optional(),
  }),
]);
export type ProviderSettingsBody = z.infer<typeof providerSettingsBody>;

export type ProviderSettingsView = {
  provider: "local" | "heygen";
  // Storing a HeyGen key needs ENCRYPTION_KEY on the server; `reason` says why the form is off.
  encryption: { available: boolean; reason: string | null };
  heygen: {
    // The key is write-only: only whether one is stored is ever shown.
    api_key_set: boolean;
    base_url: string;
    // Where the upstream's webhooks arrive, and whether an endpoint is registered there now.
    callback_url: string;
    registered: boolean;
    // A stored key that cannot be used (ENCRYPTION_KEY changed or removed).
    problem: string | null;
  };
  // A switch that went through with a caveat (the upstream did not unregister the endpoint).
  warning?: string | null;
};
