import { z } from "zod";

// The team settings' "Voices" section: what the route parses, the form sends and the client reads.

const speechProviderName = z.enum(["elevenlabs", "openai"]);

// An origin with an optional path prefix; no query, fragment or credentials (the key goes in a header).
const baseUrl = z
  .string()
  .trim()
  .max(500)
  .pipe(z.url({ protocol: /^https?$/, error: "must be an http or https URL" }))
  .refine((u) => {
    const url = new URL(u);
    return !url.search && !url.hash && !url.username && !url.password;
  }, "must be a plain base URL, without a query, a fragment or credentials")
  .transform((u) => u.replace(/\/+$/, ""));

export const speechKeyBody = z.object({
  provider: speechProviderName,
  api_key: z.string().trim().min(1, "is required").max(500),
  // Absent or empty: the operator's URL, or the provider's own.
  base_url: z
    .union([z.literal(""), baseUrl])
    .optional()
    .transform((u) => u || undefined),
});
export type SpeechKeyBody = z.infer<typeof speechKeyBody>;

export const speechKeyQuery = z.object({ provider: speechProviderName });

export type SpeechKeysView = {
  // Storing a key needs ENCRYPTION_KEY on the server; `reason` says why the form is off.
  encryption: { available: boolean; reason: string | null };
  providers: {
    provider: "elevenlabs" | "openai";
    // The key is write-only: only whether one is stored is ever shown.
    team_key_set: boolean;
    base_url: string | null;
    // Whether the operator configured this provider for every team (the team's key wins over it).
    server_configured: boolean;
    // A stored key that cannot be used (ENCRYPTION_KEY changed or removed).
    problem: string | null;
  }[];
};
