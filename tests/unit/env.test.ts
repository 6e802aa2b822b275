import { describe, expect, it } from "vitest";
import { parseEnv } from "@/lib/env";

describe("environment", () => {
  it("treats empty strings as unset and applies the documented defaults", () => {
    const env = parseEnv({ PORT: "", SIGNUP: "", APP_URL: "", DATABASE_URL: "" });
    expect(env.port).toBe(3000);
    expect(env.signup).toBe("open");
    expect(env.appUrl).toBe("http://localhost:3000");
    expect(env.databaseUrl).toBeUndefined();
    expect(env.renderCallbackUrl).toBe("http://localhost:3000/api/callbacks/render");
    expect(env.workerConcurrency).toBe(2);
    expect(env.webhookRetryBaseSeconds).toBe(30);
  });

  it("reads the render encoder's knobs, with the measured x264 options by default and none on request", () => {
    const d = parseEnv({});
    expect([d.renderPreset, d.renderCrf, d.renderTune, d.renderThreads]).toEqual(["veryfast", 23, undefined, undefined]);
    expect(d.renderX264Params).toBe("subme=1:me=dia:bframes=1:rc-lookahead=5");
    const e = parseEnv({
      RENDER_PRESET: "ultrafast",
      RENDER_CRF: "28",
      RENDER_TUNE: "animation",
      RENDER_THREADS: "4",
      RENDER_X264_PARAMS: "none",
    });
    expect([e.renderPreset, e.renderCrf, e.renderTune, e.renderThreads, e.renderX264Params]).toEqual([
      "ultrafast",
      28,
      "animation",
      4,
      undefined,
    ]);
    expect(parseEnv({ RENDER_X264_PARAMS: "ref=2:bframes=0" }).renderX264Params).toBe("ref=2:bframes=0");
    expect(() => parseEnv({ RENDER_PRESET: "placebo" })).toThrow(/RENDER_PRESET/);
    expect(() => parseEnv({ RENDER_CRF: "60" })).toThrow(/RENDER_CRF/);
    expect(() => parseEnv({ RENDER_X264_PARAMS: "bframes=1 -y /etc/passwd" })).toThrow(/RENDER_X264_PARAMS/);
  });

  it("derives APP_URL from PORT and strips a trailing slash", () => {
    expect(parseEnv({ PORT: "4000" }).appUrl).toBe("http://localhost:4000");
    expect(parseEnv({ APP_URL: "https://studio.example.com/" }).appUrl).toBe("https://studio.example.com");
  });

  it("names the variable that is wrong", () => {
    expect(() => parseEnv({ SIGNUP: "sometimes" })).toThrow(/SIGNUP/);
    expect(() => parseEnv({ PORT: "99999" })).toThrow(/PORT/);
    expect(() => parseEnv({ AUTH_SECRET: "short" })).toThrow(/AUTH_SECRET: must be at least 32/);
  });

  it("reads TRUST_PROXY and the allowed fetch hosts", () => {
    expect(parseEnv({ TRUST_PROXY: "1" }).trustProxy).toBe(true);
    expect(parseEnv({ TRUST_PROXY: "false" }).trustProxy).toBe(false);
    expect(parseEnv({ ALLOWED_FETCH_HOSTS: "127.0.0.1:9000, intranet:80" }).allowedFetchHosts).toEqual(["127.0.0.1:9000", "intranet:80"]);
  });

  it("reads operator rate limits, and names a bad one", () => {
    expect(parseEnv({ RATE_LIMITS: "generate=600/min, signupPerIp=100/hour" }).rateLimits).toEqual({
      generate: { limit: 600, windowSeconds: 60 },
      signupPerIp: { limit: 100, windowSeconds: 3600 },
    });
    expect(parseEnv({}).rateLimits).toEqual({});
    expect(() => parseEnv({ RATE_LIMITS: "generate=fast" })).toThrow(/RATE_LIMITS.*generate=fast/);
    expect(() => parseEnv({ RATE_LIMITS: "nap=1/min" })).toThrow(/RATE_LIMITS.*nap=1\/min/);
  });

  it("reads the webhook retry base delay, fractions included", () => {
    expect(parseEnv({ WEBHOOK_RETRY_BASE_SECONDS: "0.5" }).webhookRetryBaseSeconds).toBe(0.5);
    expect(() => parseEnv({ WEBHOOK_RETRY_BASE_SECONDS: "0" })).toThrow(/WEBHOOK_RETRY_BASE_SECONDS/);
    expect(() => parseEnv({ WEBHOOK_RETRY_BASE_SECONDS: "soon" })).toThrow(/WEBHOOK_RETRY_BASE_SECONDS/);
  });
});
