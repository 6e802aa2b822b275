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
