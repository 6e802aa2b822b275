import { execFile, execFileSync } from "node:child_process";
import { createHmac } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { listAvatars } from "@/lib/catalog";
import { db } from "@/lib/db";
import { decryptWith, encryptWith } from "@/lib/encryption";
import { webhookSecretContext } from "@/lib/generation/heygen/connection";
import { reconcileVideos } from "@/lib/generation/reconcile";
import { api } from "./support/http";
import { upload } from "./support/assets";
import { makeKey, makeUser, truncateAll, type TestUser } from "./support/fixtures";
import { eventually, startReceiver, type Receiver } from "./support/receiver";
import { startServer, type RunningServer } from "../support/server";
import { startWorker, type RunningWorker } from "../support/worker";

// The HeyGen provider end to end, against a second Avatar Studio on loopback acting as the upstream: it speaks
// the same contract. The upstream is another production server from the same build, on its own database,
// with its own worker that really renders; ours is the integration server with a worker of its own. Our team
// switches its provider to the upstream, then the catalog, uploads, generation, the upstream's webhooks, the
// copy of the finished files and the upstream's refusals are checked from the outside.

const execFileAsync = promisify(execFile);
type Status = {
  status: string;
  video_url: string | null;
  error: { code: number; reason: string; message: string; detail?: string } | null;
  [k: string]: unknown;
};

let upstream: RunningServer;
let upstreamWorker: RunningWorker;
let ourWorker: RunningWorker;
let receiver: Receiver;
let upstreamDb: string;
let upstreamFiles: string;
let upstreamKey: string;
let owner: TestUser;
let key: string;

function upstreamDatabaseUrl(): string {
  const url = new URL(process.env.DATABASE_URL!);
  url.pathname = `${url.pathname}_upstream`;
  return url.href;
}

async function admin<T>(fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const url = new URL(process.env.DATABASE_URL!);
  url.pathname = "/postgres";
  const client = new pg.Client({ connectionString: url.href });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

async function recreateDatabase(url: string): Promise<void> {
  const name = new URL(url).pathname.slice(1);
  await admin(async (c) => {
    await c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await c.query(`CREATE DATABASE "${name}"`);
  });
}

// The operator CLI against the upstream's database (it applies the migrations first).
async function upstreamCli(script: string, args: string[]): Promise<string> {
  const { stdout } = await execFileAsync("npm", ["run", "--silent", script, "--", ...args], {
    env: { ...process.env, DATABASE_URL: upstreamDb, APP_URL: `http://127.0.0.1:${inject("upstreamPort")}` },
    timeout: 90_000,
  });
  return stdout.trim().split("\n").at(-1)!.trim();
}

const up = (method: string, path: string, opts: { json?: unknown } = {}) =>
  api(method, path, { ...opts, key: upstreamKey, base: upstream.url });

async function settle(id: string): Promise<Status> {
  return eventually(
    async () => {
      const s = (await api("GET", `/v1/video_status.get?video_id=${id}`, { key })).body.data as Status;
      return s.status === "completed" || s.status === "failed" ? s : null;
    },
    `video ${id} to finish`,
    150_000,
  );
}

function probe(url: string): { duration: number; width: number } {
  const dir = mkdtempSync(path.join(os.tmpdir(), "heygen-test-"));
  try {
    const file = path.join(dir, "v.mp4");
    execFileSync("curl", ["-sf", "-o", file, url]);
    const out = JSON.parse(
      execFileSync("ffprobe", ["-v", "error", "-print_format", "json", "-show_streams", "-show_format", file]).toString(),
    );
    return {
      duration: Number(out.format.duration),
      width: out.streams.find((s: { codec_type: string }) => s.codec_type === "video").width,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

beforeAll(async () => {
  await truncateAll();
  const ours = new URL(inject("baseUrl")).host;
  receiver = await startReceiver(inject("receiverPort"));
  upstreamDb = upstreamDatabaseUrl();
  await recreateDatabase(upstreamDb);
  await upstreamCli("team", ["--create", "upstream-acme", "--owner", "ops@upstream.test"]);
  upstreamKey = await upstreamCli("apikey", ["--team", "upstream-acme", "--name", "studio"]);
  upstreamFiles = mkdtempSync(path.join(os.tmpdir(), "avatar-studio-upstream-files-"));
  // The upstream may call us back (its endpoint.add check and its webhooks); we may call it.
  const upstreamEnv = {
    DATABASE_URL: upstreamDb,
    STORAGE_DIR: upstreamFiles,
    ALLOWED_FETCH_HOSTS: ours,
    WEBHOOK_RETRY_BASE_SECONDS: "1",
    ENCRYPTION_KEY: "",
  };
  [upstream, upstreamWorker, ourWorker] = await Promise.all([
    startServer(upstreamEnv, "heygen-upstream-server", inject("upstreamPort")),
    // Workers sign the file URLs of the webhooks they emit with APP_URL, as the web servers do.
    startWorker(
      { ...upstreamEnv, APP_URL: `http://127.0.0.1:${inject("upstreamPort")}`, WORKER_CONCURRENCY: "2" },
      "heygen-upstream-worker",
    ),
    startWorker(
      {
        STORAGE_DIR: inject("storageDir"),
        APP_URL: inject("baseUrl"),
        ENCRYPTION_KEY: inject("encryptionKey"),
        ALLOWED_FETCH_HOSTS: `127.0.0.1:${inject("upstreamPort")},127.0.0.1:${inject("receiverPort")}`,
        WEBHOOK_RETRY_BASE_SECONDS: "1",
      },
      "heygen-our-worker",
    ),
  ]);
  owner = await makeUser("heygen");
  key = await makeKey(owner.teamId);
}, 240_000);

afterAll(async () => {
  await Promise.all([ourWorker?.stop(), upstreamWorker?.stop(), upstream?.stop()]);
  await receiver?.close();
  if (upstreamDb)
    await admin((c) => c.query(`DROP DATABASE IF EXISTS "${new URL(upstreamDb).pathname.slice(1)}" WITH (FORCE)`)).catch(() => undefined);
  if (upstreamFiles) rmSync(upstreamFiles, { recursive: true, force: true });
});

describe("HeyGen provider against a second Avatar Studio", () => {
  const provider = () => `/api/teams/${owner.teamSlug}/provider`;

  it("refuses a key the upstream refuses, naming the field and keeping the upstream's message", async () => {
    const res = await api("PUT", provider(), {
      cookie: owner.cookie,
      json: { provider: "heygen", api_key: "avs_not_a_key", base_url: upstream.url },
    });
    expect(res.status, res.text).toBe(400);
    expect(res.body.error.message).toMatch(
      /^api_key: The upstream at http:\/\/127\.0\.0\.1:\d+ refused it \(401: The API key is invalid or was revoked\.\)$/,
    );
    expect(await db().heygenConnection.count({ where: { teamId: owner.teamId } })).toBe(0);
  });

  it("switches on: checks the key, registers our callback route upstream, stores key and secret encrypted", async () => {
    const res = await api("PUT", provider(), {
      cookie: owner.cookie,
      json: { provider: "heygen", api_key: upstreamKey, base_url: `${upstream.url}/` },
    });
    expect(res.status, res.text).toBe(200);
    const callbackUrl = `${inject("baseUrl")}/api/callbacks/heygen/${owner.teamId}`;
    expect(res.body.data).toMatchObject({
      provider: "heygen",
      encryption: { available: true, reason: null },
      heygen: { api_key_set: true, base_url: upstream.url, callback_url: callbackUrl, registered: true, problem: null },
    });
    expect(res.text).not.toContain(upstreamKey);
    const endpoints = (await up("GET", "/v1/webhook/endpoint.list")).body.data as { url: string; events: string[] }[];
    expect(endpoints).toEqual([expect.objectContaining({ url: callbackUrl, events: ["avatar_video.success", "avatar_video.fail"] })]);
    const row = await db().heygenConnection.findUniqueOrThrow({ where: { teamId: owner.teamId } });
    expect(JSON.stringify(row)).not.toContain(upstreamKey);
    expect(row.apiKeyCipher).toMatch(/^v1\./);
    expect(row.webhookSecretCipher).toMatch(/^v1\./);
  });

  it("sends the stored key only where it was entered for: a new base URL needs the key again, and must be https", async () => {
    const moved = await api("PUT", provider(), {
      cookie: owner.cookie,
      json: { provider: "heygen", base_url: "https://elsewhere.example" },
    });
    expect(moved.status, moved.text).toBe(400);
    expect(moved.body.error.details).toEqual([
      { path: "api_key", message: expect.stringMatching(/required again to change the base URL/) },
    ]);
    const plain = await api("PUT", provider(), {
      cookie: owner.cookie,
      json: { provider: "heygen", api_key: "k", base_url: "http://elsewhere.example" },
    });
    expect(plain.status, plain.text).toBe(400);
    expect(plain.body.error.details[0]).toMatchObject({ path: "base_url", message: expect.stringMatching(/must be https/) });
    expect((await db().heygenConnection.findUniqueOrThrow({ where: { teamId: owner.teamId } })).baseUrl).toBe(upstream.url);
  });

  it("lists the upstream's catalog on our /v2/avatars and /v2/voices", async () => {
    const [ourAvatars, theirAvatars, ourVoices, theirVoices] = await Promise.all([
      api("GET", "/v2/avatars", { key }),
      up("GET", "/v2/avatars"),
      api("GET", "/v2/voices", { key }),
      up("GET", "/v2/voices"),
    ]);
    expect(ourAvatars.status).toBe(200);
    expect(ourAvatars.body.data).toEqual(theirAvatars.body.data);
    // The upstream's preview URLs, not ours: the catalog is the upstream's.
    expect(ourAvatars.body.data.avatars[0].preview_image_url).toContain(upstream.url);
    expect(ourVoices.body.data).toEqual(theirVoices.body.data);
  });

  it("generates through the upstream: its webhook brings the files here, and the video completes with our URLs", async () => {
    const asset = await upload(key, "png");
    expect(asset.status, asset.text).toBe(200);
    const stored = await db().asset.findUniqueOrThrow({ where: { id: asset.body.data.id } });
    expect(stored.upstreamAssetId).toBeTruthy();
    expect((await up("GET", "/v1/asset/list")).text).toContain(stored.upstreamAssetId);

    const avatar = (await api("GET", "/v2/avatars", { key })).body.data.avatars[0];
    const body = {
      title: "Through the upstream",
      callback_id: "client-7",
      callback_url: receiver.url("/client-hook"),
      caption: true,
      dimension: { width: 640, height: 360 },
      video_inputs: [
        {
          character: { type: "avatar", avatar_id: avatar.avatar_id },
          voice: { type: "text", voice_id: avatar.default_voice_id, input_text: "Hello from the upstream." },
          background: { type: "image", image_asset_id: stored.id },
        },
      ],
    };
    const started = performance.now();
    const res = await api("POST", "/v2/video/generate", { key, json: body });
    expect(res.status, res.text).toBe(200);
    const id = res.body.data.video_id as string;
    const done = await settle(id);
    const roundTripMs = performance.now() - started;
    console.log(`[heygen-upstream] round trip (generate on ours -> completed on ours): ${(roundTripMs / 1000).toFixed(2)} s`);
    expect(done.status, JSON.stringify(done.error)).toBe("completed");

    // Our own files, served by us; the upstream's copy is not what clients get.
    for (const field of ["video_url", "video_url_caption", "thumbnail_url", "gif_url", "caption_url"]) {
      expect(done[field], field).toMatch(new RegExp(`^${inject("baseUrl")}/api/files/teams/${owner.teamId}/videos/${id}/`));
    }
    const video = probe(done.video_url!);
    expect(video.width).toBe(640);
    expect(video.duration).toBeGreaterThan(0.5);

    const row = await db().video.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({ provider: "heygen", upstreamBaseUrl: upstream.url });
    const theirs = (await up("GET", `/v1/video_status.get?video_id=${row.upstreamVideoId}`)).body.data;
    // The upstream rendered it, with our video id as its callback_id and the upstream's copy of the asset.
    expect(theirs).toMatchObject({ status: "completed", callback_id: id });

    // The client's callback_url hears from us, with its own callback_id and our URL.
    const hit = await eventually(() => receiver.posts("/client-hook")[0], "the client's callback");
    const event = JSON.parse(hit.raw.toString());
    expect(event).toMatchObject({ event_type: "avatar_video.success", event_data: { video_id: id, callback_id: "client-7" } });
    expect(event.event_data.url).toMatch(new RegExp(`^${inject("baseUrl")}/api/files/`));

    // A repeated (validly signed) upstream delivery changes nothing; a forged one is refused.
    const conn = await db().heygenConnection.findUniqueOrThrow({ where: { teamId: owner.teamId } });
    const secret = decryptWith(inject("encryptionKey"), conn.webhookSecretCipher!, webhookSecretContext(owner.teamId));
    const again = JSON.stringify({ event_type: "avatar_video.success", event_data: { video_id: row.upstreamVideoId, callback_id: id } });
    const callback = `/api/callbacks/heygen/${owner.teamId}`;
    const sign = (b: string) => createHmac("sha256", secret).update(b).digest("hex");
    const repeated = await api("POST", callback, { body: again, headers: { Signature: sign(again), "Content-Type": "application/json" } });
    expect(repeated.status, repeated.text).toBe(200);
    expect(repeated.body.data).toEqual({ video_id: id, outcome: "importing" });
    const forged = await api("POST", callback, {
      body: again,
      headers: { Signature: sign(`${again} `), "Content-Type": "application/json" },
    });
    expect(forged.status).toBe(401);
    await new Promise((r) => setTimeout(r, 1500));
    expect(await db().webhookEvent.count({ where: { videoId: id, type: "avatar_video.success" } })).toBe(1);
    expect((await db().video.findUniqueOrThrow({ where: { id } })).completedAt).toEqual(row.completedAt);
    expect(receiver.posts("/client-hook")).toHaveLength(1);
  }, 240_000);

  it("the reconciler completes a video whose upstream webhook never got through, by asking the upstream", async () => {
    // Our side cannot verify the upstream's deliveries for a while (a wrong stored secret): they are refused.
    const conn = await db().heygenConnection.findUniqueOrThrow({ where: { teamId: owner.teamId } });
    const wrong = encryptWith(
      inject("encryptionKey"),
      "whsec_" + Buffer.alloc(32, 7).toString("base64"),
      webhookSecretContext(owner.teamId),
    );
    await db().heygenConnection.update({ where: { teamId: owner.teamId }, data: { webhookSecretCipher: wrong } });
    try {
      const res = await api("POST", "/v2/video/generate", {
        key,
        json: { dimension: { width: 320, height: 180 }, video_inputs: [{ voice: { type: "silence", duration: 1 } }] },
      });
      expect(res.status, res.text).toBe(200);
      const id = res.body.data.video_id as string;
      const upstreamId = await eventually(
        async () => (await db().video.findUniqueOrThrow({ where: { id } })).upstreamVideoId,
        "the upstream to accept it",
      );
      await eventually(
        async () => ((await up("GET", `/v1/video_status.get?video_id=${upstreamId}`)).body.data.status === "completed" ? true : null),
        "the upstream render",
        120_000,
      );
      await new Promise((r) => setTimeout(r, 1000));
      expect((await db().video.findUniqueOrThrow({ where: { id } })).status).not.toBe("completed");
      expect(await reconcileVideos({ olderThanSeconds: 0, teamId: owner.teamId })).toEqual([{ videoId: id, action: "upstream-completed" }]);
      const done = await settle(id);
      expect(done.status).toBe("completed");
      expect(done.video_url).toMatch(new RegExp(`^${inject("baseUrl")}/api/files/teams/${owner.teamId}/videos/${id}/`));
    } finally {
      await db().heygenConnection.update({ where: { teamId: owner.teamId }, data: { webhookSecretCipher: conn.webhookSecretCipher } });
    }
  }, 240_000);

  it("answers an id the upstream's catalog lacks with 400 in our envelope", async () => {
    const res = await api("POST", "/v2/video/generate", {
      key,
      json: { video_inputs: [{ voice: { type: "text", voice_id: "no_such_voice", input_text: "Hi" } }] },
    });
    expect(res.status).toBe(400);
    expect(res.body.error).toMatchObject({
      code: "invalid_parameter",
      message: expect.stringContaining('video_inputs[0].voice.voice_id: unknown voice "no_such_voice"'),
    });
  });

  it("fails a video the upstream refuses, with the upstream's own message in our status and webhook", async () => {
    const voice = (await api("GET", "/v2/avatars", { key })).body.data.avatars[0].default_voice_id as string;
    // HeyGen's voice list says which voices take a locale, not which locales: the upstream judges it.
    const res = await api("POST", "/v2/video/generate", {
      key,
      json: {
        callback_url: receiver.url("/client-fail"),
        video_inputs: [{ voice: { type: "text", voice_id: voice, input_text: "Bonjour", locale: "xx-YY" } }],
      },
    });
    expect(res.status, res.text).toBe(200);
    const done = await settle(res.body.data.video_id);
    expect(done.status).toBe("failed");
    expect(done.error).toMatchObject({ code: 50003, reason: "upstream_failed" });
    expect(done.error!.message).toMatch(
      new RegExp(`^video_inputs\\[0\\]\\.voice\\.locale: must be one of .* for voice "${voice}", got "xx-YY"$`),
    );
    expect(done.error!.detail).toMatch(/answered 400 invalid_parameter$/);
    const hit = await eventually(() => receiver.posts("/client-fail")[0], "the client's failure callback");
    expect(JSON.parse(hit.raw.toString()).event_data).toMatchObject({ code: "upstream_failed", msg: done.error!.message });
  }, 60_000);

  it("switches off: unregisters upstream, and the team is back on the built-in catalog", async () => {
    const res = await api("PUT", provider(), { cookie: owner.cookie, json: { provider: "local" } });
    expect(res.status, res.text).toBe(200);
    expect(res.body.data).toMatchObject({ provider: "local", warning: null, heygen: { api_key_set: true, registered: false } });
    expect((await up("GET", "/v1/webhook/endpoint.list")).text).not.toContain("/api/callbacks/heygen/");
    const avatars = await api("GET", "/v2/avatars", { key });
    expect(avatars.body.data.avatars.map((a: { avatar_id: string }) => a.avatar_id)).toEqual(listAvatars().map((a) => a.avatar_id));
    // The upstream's webhooks are no longer accepted: there is no secret to verify them with.
    const late = await api("POST", `/api/callbacks/heygen/${owner.teamId}`, { body: "{}", headers: { Signature: "0".repeat(64) } });
    expect(late.status).toBe(401);
    const forget = await api("DELETE", provider(), { cookie: owner.cookie });
    expect(forget.body.data.heygen.api_key_set).toBe(false);
  });
});
