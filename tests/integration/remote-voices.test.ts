import { execFileSync } from "node:child_process";
import { createServer, type IncomingMessage, type Server } from "node:http";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { db } from "@/lib/db";
import { encryptWith } from "@/lib/encryption";
import { espeakSpeak } from "@/lib/render/voice/espeak-engine";
import { prosody } from "@/lib/render/voice/prosody";
import { speechKeyContext } from "@/lib/speech/speech-access";
import { api } from "./support/http";
import { finishedVideo } from "./support/videos";
import { makeKey, makeUser, type TestUser } from "./support/fixtures";
import { freePort, startServer, type RunningServer } from "../support/server";
import { startWorker, type RunningWorker } from "../support/worker";

// Remote voices end to end. A stand-in on loopback speaks ElevenLabs' and OpenAI's documented contracts
// (paths, auth headers, bodies, answers and error bodies) with real audio: a tone with a character alignment
// for ElevenLabs, our own espeak-ng speech as MP3 for the OpenAI-compatible server. A second Avatar Studio
// server and a worker are configured by the operator to use it (its loopback address is trusted because the
// operator set it, not listed in ALLOWED_FETCH_HOSTS). Renders are tiny.

type Call = { method: string; path: string; headers: IncomingMessage["headers"]; body: unknown };
const calls: Call[] = [];
let standIn: Server;
let server: RunningServer;
let worker: RunningWorker;
let owner: TestUser;
let key: string;
let base: string;
const RACHEL = "21m00Tcm4TlvDq8ikWAM";
const FPS = 25;

const ff = (args: string[], input?: Buffer) => execFileSync("ffmpeg", ["-v", "error", ...args], { input, maxBuffer: 64 << 20 });
// The seconds of audio ffmpeg decodes from `mp3` (what the engine reads too).
const seconds = (mp3: Buffer) =>
  ff(["-f", "mp3", "-i", "pipe:0", "-ac", "1", "-ar", "48000", "-f", "s16le", "pipe:1"], mp3).length / 2 / 48_000;
const tone = (duration: number) =>
  ff(["-f", "lavfi", "-i", `sine=frequency=220:duration=${duration}`, "-c:a", "libmp3lame", "-b:a", "64k", "-f", "mp3", "pipe:1"]);
async function spoken(text: string): Promise<Buffer> {
  const speech = await espeakSpeak(text, "en-us+m3", prosody(0.9, 0, undefined));
  const pcm = Buffer.from(speech.pcm.buffer, speech.pcm.byteOffset, speech.pcm.byteLength);
  return ff(
    [
      "-f",
      "s16le",
      "-ar",
      String(speech.sampleRate),
      "-ac",
      "1",
      "-i",
      "pipe:0",
      "-c:a",
      "libmp3lame",
      "-b:a",
      "64k",
      "-f",
      "mp3",
      "pipe:1",
    ],
    pcm,
  );
}

// What each provider answered, by text, so the tests know the audio's true length.
const elevenAudio = tone(2);
const openAiAudio = new Map<string, Buffer>();
let busyAnswered = false;

function send(res: import("node:http").ServerResponse, status: number, body: unknown, type = "application/json") {
  const bytes = Buffer.isBuffer(body) ? body : Buffer.from(JSON.stringify(body));
  res.writeHead(status, { "content-type": type, "content-length": bytes.length }).end(bytes);
}

async function handle(req: IncomingMessage, res: import("node:http").ServerResponse) {
  const chunks: Buffer[] = [];
  for await (const c of req) chunks.push(c as Buffer);
  const text = Buffer.concat(chunks).toString();
  const body = text ? JSON.parse(text) : null;
  const url = new URL(req.url ?? "/", "http://x");
  calls.push({ method: req.method ?? "", path: url.pathname, headers: req.headers, body });
  const elevenKey = req.headers["xi-api-key"];
  const elevenOk = elevenKey === "server-eleven-key" || elevenKey === "team-eleven-key";
  if (req.method === "GET" && url.pathname === "/v1/voices") {
    if (!elevenOk) return send(res, 401, { detail: { status: "invalid_api_key", message: "Invalid API key" } });
    return send(res, 200, {
      voices: [
        { voice_id: RACHEL, name: "Rachel", category: "premade", labels: { accent: "american", gender: "female", language: "en" } },
        { voice_id: "refuser", name: "Refuser", labels: {} },
      ],
    });
  }
  const tts = /^\/v1\/text-to-speech\/([^/]+)\/with-timestamps$/.exec(url.pathname);
  if (req.method === "POST" && tts) {
    if (!elevenOk || tts[1] === "refuser")
      return send(res, 401, {
        detail: { status: "detected_unusual_activity", message: "Unusual activity detected. Free Tier usage disabled." },
      });
    // "Hello world." on a 2 s tone: Hello at 0.2-0.7 s, world at 1.2-1.8 s.
    const characters = Array.from(body.text as string);
    const at = (i: number) => (i < 5 ? 0.2 + i * 0.1 : i === 5 ? 0.75 : 1.2 + (i - 6) * 0.1);
    return send(res, 200, {
      audio_base64: elevenAudio.toString("base64"),
      alignment: {
        characters,
        character_start_times_seconds: characters.map((_, i) => at(i)),
        character_end_times_seconds: characters.map((_, i) => at(i) + 0.1),
      },
    });
  }
  if (req.method === "POST" && url.pathname === "/v1/audio/speech") {
    if (req.headers.authorization !== "Bearer server-openai-key" || body.voice === "refuse")
      return send(res, 401, {
        error: { message: "Incorrect API key provided: sk-wrong.", type: "invalid_request_error", code: "invalid_api_key" },
      });
    // A provider under load: the first request for this text is answered 429, the retry succeeds.
    if (body.input === "Busy now." && !busyAnswered) {
      busyAnswered = true;
      res.setHeader("retry-after", "1");
      return send(res, 429, { error: { message: "Rate limit reached for requests", type: "requests", code: "rate_limit_exceeded" } });
    }
    const audio = await spoken(body.input as string);
    openAiAudio.set(body.input as string, audio);
    return send(res, 200, audio, "audio/mpeg");
  }
  send(res, 404, { detail: "Not Found" });
}

const generate = (voice: Record<string, unknown>, extra: Record<string, unknown> = {}) =>
  api("POST", "/v2/video/generate", {
    key,
    base,
    json: {
      test: true,
      dimension: { width: 320, height: 180 },
      ...extra,
      video_inputs: [{ character: { type: "avatar", avatar_id: "avs_presenter_maya" }, voice: { type: "text", ...voice } }],
    },
  });

beforeAll(async () => {
  standIn = createServer((req, res) => void handle(req, res).catch((e) => send(res, 500, { detail: String(e) })));
  await new Promise<void>((r) => standIn.listen(0, "127.0.0.1", () => r()));
  const port = (standIn.address() as { port: number }).port;
  const providers = {
    ELEVENLABS_API_KEY: "server-eleven-key",
    ELEVENLABS_BASE_URL: `http://127.0.0.1:${port}/`,
    TTS_OPENAI_BASE_URL: `http://127.0.0.1:${port}/v1`,
    TTS_OPENAI_API_KEY: "server-openai-key",
    TTS_OPENAI_VOICES: "alloy,nova:English:female,refuse",
  };
  const storage = { STORAGE_DIR: inject("storageDir"), ENCRYPTION_KEY: inject("encryptionKey") };
  server = await startServer({ ...storage, ...providers }, "remote-voices-server", await freePort());
  base = server.url;
  worker = await startWorker({ ...storage, ...providers, APP_URL: base, WORKER_CONCURRENCY: "2" }, "remote-voices-worker");
  owner = await makeUser("remote-voices");
  key = await makeKey(owner.teamId);
}, 120_000);

afterAll(async () => {
  await worker?.stop();
  await server?.stop();
  await new Promise((r) => standIn?.close(r));
});

describe("remote voices", () => {
  it("are listed beside the built-in voices, as the provider names them", async () => {
    const res = await api("GET", "/v2/voices", { key, base });
    expect(res.status).toBe(200);
    const voices = res.body.data.voices as Record<string, unknown>[];
    expect(voices[0]!.voice_id).toBe("avs_voice_en_clara");
    expect(voices.find((v) => v.voice_id === `elevenlabs_${RACHEL}`)).toEqual({
      voice_id: `elevenlabs_${RACHEL}`,
      name: "Rachel",
      language: "English",
      gender: "female",
      preview_audio: `${base}/v2/voices/elevenlabs_${RACHEL}/preview`,
      support_pause: true,
      emotion_support: false,
      support_locale: false,
      support_interactive_avatar: false,
    });
    expect(voices.find((v) => v.voice_id === "openai_alloy")).toMatchObject({ name: "alloy", language: "English", gender: "unknown" });
    expect(voices.find((v) => v.voice_id === "openai_nova")).toMatchObject({ gender: "female" });
    const list = calls.find((c) => c.path === "/v1/voices");
    expect(list?.headers["xi-api-key"]).toBe("server-eleven-key");
  });

  it("speak a video with ElevenLabs: the documented body, captions timed by its alignment, as long as its audio", async () => {
    const settings = { model: "eleven_turbo_v2_5", stability: 0.4, similarity_boost: 0.7, style: 0.2 };
    const res = await generate(
      { voice_id: `elevenlabs_${RACHEL}`, input_text: "Hello world.", elevenlabs_settings: settings },
      { caption: true },
    );
    expect(res.status).toBe(200);
    const status = await finishedVideo<{ status: string; duration: number; caption_srt_url: string }>(res.body.data.video_id, {
      key,
      base,
    });
    expect(status.status).toBe("completed");
    const call = calls.find((c) => c.path === `/v1/text-to-speech/${RACHEL}/with-timestamps`)!;
    expect(call.headers["xi-api-key"]).toBe("server-eleven-key");
    expect(call.body).toEqual({
      text: "Hello world.",
      model_id: "eleven_turbo_v2_5",
      voice_settings: { stability: 0.4, similarity_boost: 0.7, style: 0.2 },
    });
    const audio = seconds(elevenAudio);
    expect(status.duration).toBeGreaterThanOrEqual(audio - 0.001);
    expect(status.duration).toBeLessThanOrEqual(audio + 1 / FPS + 0.001);
    const srt = await (await fetch(status.caption_srt_url)).text();
    // Hello at 0.2 s and world at 1.2 s, as the alignment timed them.
    expect(srt).toMatch(/00:00:00,200 -->[^\n]*\nHello/);
    expect(srt).toMatch(/00:00:01,200 -->[^\n]*\n(Hello )?world/);
  });

  it("speak a video with an OpenAI-compatible server, each part between breaks on its own, and a re-render costs no call", async () => {
    const input = 'Good morning. <break time="0.5s"/> Welcome to the studio.';
    const before = calls.length;
    const res = await generate({ voice_id: "openai_alloy", input_text: input }, { caption: true });
    expect(res.status).toBe(200);
    const status = await finishedVideo<{ status: string; duration: number; caption_srt_url: string }>(res.body.data.video_id, {
      key,
      base,
    });
    expect(status.status).toBe("completed");
    const speech = calls.slice(before).filter((c) => c.path === "/v1/audio/speech");
    expect(speech.map((c) => c.body)).toEqual([
      { model: "tts-1", input: "Good morning.", voice: "alloy" },
      { model: "tts-1", input: "Welcome to the studio.", voice: "alloy" },
    ]);
    expect(speech[0]!.headers.authorization).toBe("Bearer server-openai-key");
    const audio = seconds(openAiAudio.get("Good morning.")!) + 0.5 + seconds(openAiAudio.get("Welcome to the studio.")!);
    expect(status.duration).toBeGreaterThanOrEqual(audio - 0.001);
    expect(status.duration).toBeLessThanOrEqual(audio + 1 / FPS + 0.001);
    const srt = await (await fetch(status.caption_srt_url)).text();
    expect(srt).toContain("Welcome");
    expect(srt).not.toContain("break");

    const again = calls.length;
    const second = await generate({ voice_id: "openai_alloy", input_text: input });
    expect((await finishedVideo<{ status: string }>(second.body.data.video_id, { key, base })).status).toBe("completed");
    expect(calls.slice(again).filter((c) => c.path === "/v1/audio/speech")).toEqual([]);
  });

  it("retry a provider's 429 with backoff before giving up", async () => {
    const before = calls.length;
    const res = await generate({ voice_id: "openai_nova", input_text: "Busy now." });
    const status = await finishedVideo<{ status: string; error: unknown }>(res.body.data.video_id, { key, base });
    expect(status.error).toBeNull();
    expect(calls.slice(before).filter((c) => c.path === "/v1/audio/speech")).toHaveLength(2);
  });

  it("fail a video with voice_unavailable and the provider's message when the provider refuses", async () => {
    for (const [voice_id, said] of [
      ["elevenlabs_refuser", "Unusual activity detected"],
      ["openai_refuse", "Incorrect API key provided"],
    ] as const) {
      const res = await generate({ voice_id, input_text: "Hi." });
      expect(res.status).toBe(200);
      const status = await finishedVideo<{ status: string; error: { code: number; reason: string; message: string } }>(
        res.body.data.video_id,
        {
          key,
          base,
        },
      );
      expect(status.status).toBe("failed");
      expect(status.error).toMatchObject({ code: 40013, reason: "voice_unavailable" });
      expect(status.error.message).toContain("refused the key");
      expect(status.error.message).toContain(said);
    }
  });

  it("refuse an unknown remote id with 400, and answer 503 while the team's provider cannot be reached", async () => {
    const unknown = await generate({ voice_id: "openai_nobody", input_text: "Hi." });
    expect(unknown.status).toBe(400);
    // A team key for an address the guard refuses (entered by the team, so not trusted): the list cannot be had.
    const other = await makeUser("remote-voices-down");
    const otherKey = await makeKey(other.teamId);
    await db().speechKey.create({
      data: {
        teamId: other.teamId,
        provider: "elevenlabs",
        baseUrl: "http://127.0.0.1:9",
        apiKeyCipher: encryptWith(inject("encryptionKey"), "k", speechKeyContext(other.teamId, "elevenlabs")),
      },
    });
    const listed = await api("GET", "/v2/voices", { key: otherKey, base });
    expect(listed.status).toBe(200);
    expect(listed.body.data.voices.some((v: { voice_id: string }) => v.voice_id === "avs_voice_en_clara")).toBe(true);
    const down = await api("POST", "/v2/video/generate", {
      key: otherKey,
      base,
      json: { test: true, video_inputs: [{ voice: { type: "text", voice_id: `elevenlabs_${RACHEL}`, input_text: "Hi." } }] },
    });
    expect(down.status).toBe(503);
    expect(down.body.error.code).toBe("service_unavailable");
  });

  it("take a team's own key in Settings, checked with GET /v1/voices, and use it for previews", async () => {
    const put = (json: unknown) => api("PUT", `/api/teams/${owner.teamSlug}/speech-keys`, { cookie: owner.cookie, base, json });
    const wrong = await put({ provider: "elevenlabs", api_key: "nope" });
    expect(wrong.status).toBe(400);
    expect(JSON.stringify(wrong.body)).toContain("ElevenLabs refused it");
    const privateUrl = await put({ provider: "elevenlabs", api_key: "team-eleven-key", base_url: "http://127.0.0.1:9" });
    expect(privateUrl.status).toBe(400);
    const saved = await put({ provider: "elevenlabs", api_key: "team-eleven-key" });
    expect(saved.status).toBe(200);
    expect(JSON.stringify(saved.body)).toContain('"team_key_set":true');
    const preview = await fetch(`${base}/v2/voices/elevenlabs_${RACHEL}/preview?text=${encodeURIComponent("Hello world.")}`, {
      headers: { "X-Api-Key": key },
    });
    expect(preview.status).toBe(200);
    expect(preview.headers.get("content-type")).toBe("audio/mpeg");
    expect((await preview.arrayBuffer()).byteLength).toBeGreaterThan(1000);
    expect(calls.at(-1)!.headers["xi-api-key"]).toBe("team-eleven-key");
  });
});
