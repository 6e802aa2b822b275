import { createHmac } from "node:crypto";
import { describe, expect, it } from "vitest";
import { parseVideoRequest } from "@/lib/contract/parse";
import { toApiError } from "@/lib/api/to-api-error";
import { UpstreamError, uploadBaseUrl } from "@/lib/generation/heygen/client";
import { upstreamBody } from "@/lib/generation/heygen/upstream-body";
import { mapUpstreamStatus, upstreamEvent, upstreamEventReport, upstreamFailure } from "@/lib/generation/heygen/upstream-report";
import { heygenBaseUrl, providerSettingsBody } from "@/lib/generation/provider-schemas";
import { verifySignature } from "@/lib/webhooks/signing";

// The HeyGen provider's pure parts: the forwarded body, the upstream's answers and events in our terms,
// its errors in our envelope, and the signature check of its webhooks.

describe("the body forwarded upstream", () => {
  const request = parseVideoRequest({
    title: "Quarterly",
    callback_id: "client-42",
    callback_url: "https://client.example.com/hook",
    folder_id: "folder1",
    fps: 30,
    caption: true,
    caption_mode: "file_only",
    video_inputs: [
      { voice: { type: "audio", audio_asset_id: "ours-audio" }, background: { type: "image", image_asset_id: "ours-image" } },
      { voice: { type: "text", voice_id: "v", input_text: "Hi" }, background: { type: "video", video_asset_id: "ours-video" } },
      { voice: { type: "silence" } },
    ],
  });
  const ids = new Map([
    ["ours-audio", "up-audio"],
    ["ours-image", "up-image"],
    ["ours-video", "up-video"],
  ]);

  it("names the upstream's assets, our video as callback_id, and keeps callbacks and folders here", () => {
    const body = upstreamBody(request, "vid_ours", ids) as Record<string, unknown> & {
      video_inputs: Record<string, Record<string, unknown>>[];
    };
    expect(body.callback_id).toBe("vid_ours");
    expect(body).not.toHaveProperty("callback_url");
    expect(body).not.toHaveProperty("folder_id");
    expect(body.title).toBe("Quarterly");
    expect(body.fps).toBe(30);
    expect(body.caption_mode).toBe("file_only");
    expect(body.video_inputs[0]!.voice!.audio_asset_id).toBe("up-audio");
    expect(body.video_inputs[0]!.background!.image_asset_id).toBe("up-image");
    expect(body.video_inputs[1]!.background!.video_asset_id).toBe("up-video");
    expect(body.video_inputs[2]!.background).toEqual({ type: "color", value: "#f6f6fc" });
    // The request itself is left alone.
    expect(request.video_inputs[0]!.voice).toMatchObject({ audio_asset_id: "ours-audio" });
  });

  it("sends our extensions only where they differ from HeyGen's behaviour", () => {
    const plain = upstreamBody(parseVideoRequest({ video_inputs: [{ voice: { type: "silence" } }] }), "v", new Map());
    expect(plain).not.toHaveProperty("fps");
    expect(plain).not.toHaveProperty("caption_mode");
    expect(plain).not.toHaveProperty("output_format");
    expect(plain).toMatchObject({ caption: false, dimension: { width: 1920, height: 1080 }, test: false });
  });

  it("asks for a WebM, leaving the scenes without a background transparent", () => {
    const webm = parseVideoRequest({
      output_format: "webm",
      video_inputs: [{ voice: { type: "silence" } }, { voice: { type: "silence" }, background: { type: "color", value: "#123456" } }],
    });
    const body = upstreamBody(webm, "v", new Map()) as { output_format: string; video_inputs: Record<string, unknown>[] };
    expect(body.output_format).toBe("webm");
    expect(body.video_inputs[0]).not.toHaveProperty("background");
    expect(body.video_inputs[1]!.background).toEqual({ type: "color", value: "#123456" });
  });
});

describe("the upstream's status and events in our terms", () => {
  it("maps a completed status with every file", () => {
    const s = mapUpstreamStatus({
      status: "completed",
      video_url: "https://up/v.mp4",
      video_url_caption: "https://up/vc.mp4",
      thumbnail_url: "https://up/t.jpg",
      gif_url: "https://up/p.gif",
      caption_url: "https://up/c.ass",
      caption_srt_url: null,
      duration: 3.5,
      error: null,
      extra: "ignored",
    });
    expect(s).toEqual({
      status: "completed",
      progress: null,
      error: null,
      duration: 3.5,
      files: {
        video: "https://up/v.mp4",
        videoCaption: "https://up/vc.mp4",
        thumbnail: "https://up/t.jpg",
        gif: "https://up/p.gif",
        captionAss: "https://up/c.ass",
      },
    });
  });

  it("keeps our failure codes and the upstream's message; other codes become upstream_failed", () => {
    expect(
      mapUpstreamStatus({ status: "failed", error: { code: "asset_unreachable", message: "Could not fetch x", detail: null } }).error,
    ).toEqual({
      code: "asset_unreachable",
      message: "Could not fetch x",
    });
    expect(mapUpstreamStatus({ status: "failed", error: { code: 40119, message: "Avatar not ready", detail: "try later" } }).error).toEqual(
      {
        code: "upstream_failed",
        message: "Avatar not ready",
        detail: "upstream code 40119: try later",
      },
    );
    expect(upstreamFailure(null, "")).toEqual({ code: "upstream_failed", message: "The upstream could not render the video." });
    expect(mapUpstreamStatus({ status: "rendering" }).status).toBe("processing");
  });

  it("reads success and failure events; ignores the rest", () => {
    const ok = upstreamEvent.parse({
      event_type: "avatar_video.success",
      event: "avatar_video.success",
      event_data: { video_id: "u1", callback_id: "v1", url: "x" },
    });
    expect(upstreamEventReport(ok)).toEqual({ status: "completed" });
    const fail = upstreamEvent.parse({
      event_type: "avatar_video.fail",
      event_data: { video_id: "u1", msg: "voice_id: unknown voice", code: "invalid_parameter" },
    });
    expect(upstreamEventReport(fail)).toEqual({
      status: "failed",
      error: { code: "upstream_failed", message: "voice_id: unknown voice", detail: "upstream code invalid_parameter" },
    });
    expect(upstreamEventReport(upstreamEvent.parse({ event_type: "avatar_video_gif.success", event_data: {} }))).toBeNull();
  });
});

describe("upstream errors in our envelope", () => {
  const where = "The upstream at http://127.0.0.1:1";
  // What a route answers for the error, beside whether it is worth retrying.
  const answered = (...args: ConstructorParameters<typeof UpstreamError>) => {
    const error = new UpstreamError(...args);
    return { ...toApiError(error, "test"), transient: error.transient };
  };
  it("keeps a refusal's message as it is and its meaning", () => {
    const e = answered(400, "invalid_parameter", "video_inputs[0].voice.locale: must be one of en-US", where);
    expect([e.status, e.code, e.message, e.transient]).toEqual([
      400,
      "invalid_parameter",
      "video_inputs[0].voice.locale: must be one of en-US",
      false,
    ]);
    expect(answered(402, null, "out of credits", where)).toMatchObject({ status: 402, code: "quota_exceeded", message: "out of credits" });
    expect(answered(429, null, "slow down", where, "7")).toMatchObject({
      status: 429,
      code: "rate_limited",
      headers: { "Retry-After": "7" },
      transient: true,
    });
  });

  it("answers 502 for a refused key, a server error or no answer, naming the upstream", () => {
    const key = answered(401, null, "Unauthorized", where);
    expect([key.status, key.code, key.transient]).toEqual([502, "upstream_error", false]);
    expect(key.message).toMatch(/refused the team's API key \(401: Unauthorized\).*team settings/);
    expect(answered(503, null, "maintenance", where)).toMatchObject({
      status: 502,
      message: `${where} answered 503: maintenance`,
      transient: true,
    });
    expect(answered(null, null, "the connection was refused", where)).toMatchObject({ status: 502, transient: true });
  });

  it("uploads to HeyGen's upload host, and to a compatible upstream's own base URL", () => {
    expect(uploadBaseUrl("https://api.heygen.com")).toBe("https://upload.heygen.com");
    expect(uploadBaseUrl("http://127.0.0.1:4000")).toBe("http://127.0.0.1:4000");
  });
});

describe("provider settings input", () => {
  it("takes a plain http(s) base URL without its trailing slash", () => {
    expect(heygenBaseUrl.parse(" https://api.heygen.com/ ")).toBe("https://api.heygen.com");
    expect(heygenBaseUrl.safeParse("ftp://x").success).toBe(false);
    expect(heygenBaseUrl.safeParse("https://user:pw@x.example").success).toBe(false);
    expect(heygenBaseUrl.safeParse("https://x.example/?a=1").success).toBe(false);
  });

  it("treats an empty key as keeping the stored one", () => {
    expect(providerSettingsBody.parse({ provider: "heygen", api_key: "  " })).toEqual({ provider: "heygen" });
    expect(providerSettingsBody.parse({ provider: "local", api_key: "x" })).toEqual({ provider: "local" });
  });
});

describe("upstream webhook signatures", () => {
  const secret = "whsec_c2VjcmV0LXNlY3JldC1zZWNyZXQtc2VjcmV0LTMy";
  const body = Buffer.from(JSON.stringify({ event_type: "avatar_video.success", event_data: { video_id: "ü" } }));
  const sign = (b: Buffer) => createHmac("sha256", secret).update(b).digest("hex");

  it("accepts the hex HMAC of the exact bytes, any case, and nothing else", () => {
    expect(verifySignature(secret, body, sign(body))).toBe(true);
    expect(verifySignature(secret, body.toString("utf8"), sign(body).toUpperCase())).toBe(true);
    expect(verifySignature(secret, Buffer.concat([body, Buffer.from(" ")]), sign(body))).toBe(false);
    expect(verifySignature(`${secret}x`, body, sign(body))).toBe(false);
    expect(verifySignature(secret, body, null)).toBe(false);
    expect(verifySignature(secret, body, "abc")).toBe(false);
  });
});
