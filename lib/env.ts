import { z } from "zod";

// The one place that reads process.env. Empty strings count as unset, so `FOO=` in a .env file means "default".
const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess((v) => (typeof v === "string" && v.trim() === "" ? undefined : v), schema.optional());

const bool = z.enum(["1", "0", "true", "false", "yes", "no"]).transform((v) => ["1", "true", "yes"].includes(v));

// The rate limits an operator may set (lib/limits/rate-limit.ts has their defaults and meaning).
const RATE_LIMIT_NAMES = ["generate", "read", "write", "voicePreview", "loginPerEmail", "loginPerIp", "resetPerIp", "signupPerIp"] as const;
export type RateLimitName = (typeof RATE_LIMIT_NAMES)[number];
export type Limit = { limit: number; windowSeconds: number };
const UNIT_SECONDS: Record<string, number> = { s: 1, sec: 1, min: 60, "15min": 900, hour: 3600, h: 3600, day: 86400 };

// "600/min" -> 600 per 60 s; units s, min, 15min, hour, day.
function parseLimit(text: string): Limit | null {
  const m = /^\s*(\d{1,9})\s*\/\s*([a-z0-9]+)\s*$/i.exec(text);
  const seconds = m && Object.hasOwn(UNIT_SECONDS, m[2]!.toLowerCase()) ? UNIT_SECONDS[m[2]!.toLowerCase()]! : null;
  return m && seconds ? { limit: Number(m[1]), windowSeconds: seconds } : null;
}

/** "generate=600/min,signupPerIp=100/hour" as limits by name, and the problems in it (RATE_LIMITS, the CLI). */
export function parseRateLimitList(text: string): { limits: Partial<Record<RateLimitName, Limit>>; problems: string[] } {
  const limits: Partial<Record<RateLimitName, Limit>> = {};
  const problems: string[] = [];
  for (const part of text
    .split(",")
    .map((p) => p.trim())
    .filter(Boolean)) {
    const [name = "", value = ""] = part.split("=");
    const limit = parseLimit(value);
    if (!(RATE_LIMIT_NAMES as readonly string[]).includes(name.trim()) || !limit) {
      problems.push(`"${part}": expected name=N/unit with a name of ${RATE_LIMIT_NAMES.join(", ")} and a unit of s, min, 15min, hour, day`);
      continue;
    }
    limits[name.trim() as RateLimitName] = limit;
  }
  return { limits, problems };
}

// RATE_LIMITS="generate=600/min,signupPerIp=100/hour"
const rateLimits = z.string().transform((text, ctx) => {
  const { limits, problems } = parseRateLimitList(text);
  for (const message of problems) ctx.addIssue({ code: "custom", message });
  return limits;
});

// OpenAI's own speech voices (the default of TTS_OPENAI_VOICES).
const OPENAI_VOICE_NAMES = ["alloy", "ash", "ballad", "coral", "echo", "fable", "nova", "onyx", "sage", "shimmer", "verse"];

export type OpenAiVoiceEntry = { name: string; language: string; gender: "female" | "male" | "unknown" };

// "alloy, ff_siwis:French:female" -> entries; the language defaults to English, the gender to unknown.
export function parseOpenAiVoices(text: string): OpenAiVoiceEntry[] {
  const seen = new Set<string>();
  return text
    .split(",")
    .map((part) => part.split(":").map((p) => p.trim()))
    .filter(([name]) => name && !seen.has(name) && seen.add(name))
    .map(([name, language, gender]) => ({
      name: name!,
      language: language || "English",
      gender: gender === "female" || gender === "male" ? gender : "unknown",
    }));
}

// Measured on presenter scenes (README "Render speed"): a quarter less encoder CPU than the bare veryfast
// preset for the same size and an SSIM above 0.998 against a near-lossless encode.
const RENDER_X264_PARAMS = "subme=1:me=dia:bframes=1:rc-lookahead=5";

const schema = z.object({
  NODE_ENV: optional(z.enum(["development", "production", "test"])),
  DATABASE_URL: optional(z.string().regex(/^postgres(ql)?:\/\//, "must be a postgresql:// URL")),
  PORT: optional(z.coerce.number().int().min(1).max(65535)),
  APP_URL: optional(z.url({ protocol: /^https?$/ })),
  TRUST_PROXY: optional(bool),
  SIGNUP: optional(z.enum(["open", "invite", "closed"])),
  AUTH_SECRET: optional(z.string().min(32, "must be at least 32 characters")),
  STORAGE_DRIVER: optional(z.enum(["local", "s3"])),
  STORAGE_DIR: optional(z.string()),
  STORAGE_URL_SECRET: optional(z.string().min(32)),
  WORKER_CONCURRENCY: optional(z.coerce.number().int().min(1).max(64)),
  FFMPEG_PATH: optional(z.string()),
  // The H.264 encoder's trade of speed against size and quality (README "Render speed").
  RENDER_PRESET: optional(z.enum(["ultrafast", "superfast", "veryfast", "faster", "fast", "medium", "slow"])),
  RENDER_CRF: optional(z.coerce.number().int().min(0).max(51)),
  RENDER_TUNE: optional(z.enum(["none", "animation", "stillimage", "film"])),
  // Extra x264 options over the preset, "key=value:key=value"; "none" for the bare preset.
  RENDER_X264_PARAMS: optional(
    z.string().regex(/^(none|[a-z0-9-]+=[a-zA-Z0-9.,_-]+(:[a-z0-9-]+=[a-zA-Z0-9.,_-]+)*)$/, "must be key=value:key=value or none"),
  ),
  // Encoder threads for a one-scene video (default: every core); scenes of longer videos encode one thread each.
  RENDER_THREADS: optional(z.coerce.number().int().min(1).max(64)),
  // Where the system ffmpeg/ffprobe are looked for when FFMPEG_PATH is unset.
  PATH: optional(z.string()),
  ALLOWED_FETCH_HOSTS: optional(z.string()),
  RENDER_CALLBACK_URL: optional(z.url()),
  RENDER_CALLBACK_SECRET: optional(z.string().min(32)),
  // First retry delay of an outgoing webhook; each later one doubles it (fractions allowed, for tests).
  WEBHOOK_RETRY_BASE_SECONDS: optional(z.coerce.number().min(0.1).max(3600)),
  // A video whose status has not moved for this long is checked against its jobs and repaired.
  RECONCILE_AFTER_SECONDS: optional(
    z.coerce
      .number()
      .int()
      .min(1)
      .max(7 * 86400),
  ),
  ENCRYPTION_KEY: optional(z.string().min(32)),
  ELEVENLABS_API_KEY: optional(z.string()),
  // Without /v1 (ElevenLabs' paths carry it); a trailing slash is tolerated.
  ELEVENLABS_BASE_URL: optional(z.url({ protocol: /^https?$/ })),
  // Ends in /v1, as OpenAI's own (https://api.openai.com/v1) and Kokoro-FastAPI's (http://kokoro:8880/v1).
  TTS_OPENAI_BASE_URL: optional(z.url({ protocol: /^https?$/ })),
  TTS_OPENAI_API_KEY: optional(z.string()),
  TTS_OPENAI_MODEL: optional(z.string().trim().min(1)),
  // "alloy,nova" or, for voices that are not English, "ff_siwis:French:female" (name:language:gender).
  TTS_OPENAI_VOICES: optional(z.string()),
  SMTP_URL: optional(z.string().regex(/^smtps?:\/\//, "must be an smtp:// or smtps:// URL")),
  SMTP_FROM: optional(z.string()),
  RATE_LIMITS: optional(rateLimits),
  // The voice preview cache (shared by all teams), least recently played evicted first.
  VOICE_PREVIEW_CACHE_MB: optional(z.coerce.number().min(0.01).max(100_000)),
});

export type Env = {
  nodeEnv: "development" | "production" | "test";
  databaseUrl: string | undefined;
  port: number;
  appUrl: string;
  trustProxy: boolean;
  signup: "open" | "invite" | "closed";
  authSecret: string | undefined;
  storageDriver: "local" | "s3";
  storageDir: string;
  storageUrlSecret: string | undefined;
  workerConcurrency: number;
  ffmpegPath: string;
  ffmpegPathSet: boolean;
  renderPreset: string;
  renderCrf: number;
  renderTune: string | undefined;
  renderX264Params: string | undefined;
  renderThreads: number | undefined;
  systemPath: string;
  allowedFetchHosts: string[];
  renderCallbackUrl: string;
  renderCallbackSecret: string | undefined;
  webhookRetryBaseSeconds: number;
  reconcileAfterSeconds: number;
  encryptionKey: string | undefined;
  elevenLabsApiKey: string | undefined;
  elevenLabsBaseUrl: string;
  ttsOpenAiBaseUrl: string | undefined;
  ttsOpenAiApiKey: string | undefined;
  ttsOpenAiModel: string;
  ttsOpenAiVoices: OpenAiVoiceEntry[];
  smtpUrl: string | undefined;
  smtpFrom: string | undefined;
  rateLimits: Partial<Record<RateLimitName, Limit>>;
  voicePreviewCacheMb: number;
};

export function parseEnv(source: Record<string, string | undefined>): Env {
  const result = schema.safeParse(source);
  if (!result.success) {
    const lines = result.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`);
    throw new Error(`Invalid environment (see .env.example):\n${lines.join("\n")}`);
  }
  const e = result.data;
  const port = e.PORT ?? 3000;
  const appUrl = (e.APP_URL ?? `http://localhost:${port}`).replace(/\/+$/, "");
  return {
    nodeEnv: e.NODE_ENV ?? "development",
    databaseUrl: e.DATABASE_URL,
    port,
    appUrl,
    trustProxy: e.TRUST_PROXY ?? false,
    signup: e.SIGNUP ?? "open",
    authSecret: e.AUTH_SECRET,
    storageDriver: e.STORAGE_DRIVER ?? "local",
    storageDir: e.STORAGE_DIR ?? "./data/files",
    storageUrlSecret: e.STORAGE_URL_SECRET,
    workerConcurrency: e.WORKER_CONCURRENCY ?? 2,
    ffmpegPath: e.FFMPEG_PATH ?? "ffmpeg",
    ffmpegPathSet: e.FFMPEG_PATH !== undefined,
    renderPreset: e.RENDER_PRESET ?? "veryfast",
    renderCrf: e.RENDER_CRF ?? 23,
    renderTune: e.RENDER_TUNE === "none" ? undefined : e.RENDER_TUNE,
    renderX264Params: e.RENDER_X264_PARAMS === "none" ? undefined : (e.RENDER_X264_PARAMS ?? RENDER_X264_PARAMS),
    renderThreads: e.RENDER_THREADS,
    systemPath: e.PATH ?? "/usr/local/bin:/usr/bin:/bin",
    allowedFetchHosts: (e.ALLOWED_FETCH_HOSTS ?? "")
      .split(",")
      .map((h) => h.trim())
      .filter(Boolean),
    renderCallbackUrl: e.RENDER_CALLBACK_URL ?? `${appUrl}/api/callbacks/render`,
    renderCallbackSecret: e.RENDER_CALLBACK_SECRET,
    webhookRetryBaseSeconds: e.WEBHOOK_RETRY_BASE_SECONDS ?? 30,
    reconcileAfterSeconds: e.RECONCILE_AFTER_SECONDS ?? 900,
    encryptionKey: e.ENCRYPTION_KEY,
    elevenLabsApiKey: e.ELEVENLABS_API_KEY,
    elevenLabsBaseUrl: (e.ELEVENLABS_BASE_URL ?? "https://api.elevenlabs.io").replace(/\/+$/, ""),
    ttsOpenAiBaseUrl: e.TTS_OPENAI_BASE_URL?.replace(/\/+$/, ""),
    ttsOpenAiApiKey: e.TTS_OPENAI_API_KEY,
    ttsOpenAiModel: e.TTS_OPENAI_MODEL ?? "tts-1",
    ttsOpenAiVoices: parseOpenAiVoices(e.TTS_OPENAI_VOICES ?? OPENAI_VOICE_NAMES.join(",")),
    smtpUrl: e.SMTP_URL,
    smtpFrom: e.SMTP_FROM,
    rateLimits: e.RATE_LIMITS ?? {},
    voicePreviewCacheMb: e.VOICE_PREVIEW_CACHE_MB ?? 200,
  };
}

let cached: Env | undefined;

// Read lazily so `next build` does not need a runtime environment.
export function env(): Env {
  cached ??= parseEnv(process.env);
  return cached;
}
