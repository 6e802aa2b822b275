import { readdirSync, readFileSync, statSync } from "node:fs";
import { createServer, type Server } from "node:http";
import path from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, inject, it } from "vitest";
import { db } from "@/lib/db";
import { api, type Answer } from "./support/http";
import { makeKey, makeUser, truncateAll } from "./support/fixtures";
import { media } from "./support/media";
import { storedPath, upload, uploadForm, uploadFormStream, zeros } from "./support/assets";

// HeyGen v3's upload (POST /v3/assets, one multipart part `file`) and our JSON import (POST /v1/asset with
// {"url"}): both end in the same storage as a raw upload, typed by content, under the same limits.
beforeEach(truncateAll);

async function team() {
  const user = await makeUser("v3-assets");
  return { user, key: await makeKey(user.teamId) };
}

const listed = async (key: string): Promise<string[]> =>
  (await api("GET", "/v1/asset/list?limit=100", { key })).body.data.assets.map((a: { id: string }) => a.id);
const scratchLeft = () => readdirSync(path.join(inject("storageDir"), ".tmp"));

// A PCM WAV header announcing `dataBytes` of 8 kHz mono 16-bit samples: followed by that many zeros, a valid
// file of silence of any size, streamed without holding it.
function wavHeader(dataBytes: number): Buffer {
  const h = Buffer.alloc(44);
  h.write("RIFF", 0);
  h.writeUInt32LE(36 + dataBytes, 4);
  h.write("WAVEfmt ", 8);
  h.writeUInt32LE(16, 16);
  h.writeUInt16LE(1, 20); // PCM
  h.writeUInt16LE(1, 22); // mono
  h.writeUInt32LE(8000, 24);
  h.writeUInt32LE(16000, 28);
  h.writeUInt16LE(2, 32);
  h.writeUInt16LE(16, 34);
  h.write("data", 36);
  h.writeUInt32LE(dataBytes, 40);
  return h;
}

// The v3 error envelope: {error: {code, message, param?}}, nothing else.
function v3Error(res: Answer, status: number, code: string, param?: string) {
  expect(res.status, res.text).toBe(status);
  expect(Object.keys(res.body)).toEqual(["error"]);
  expect(res.body.error.code).toBe(code);
  if (param) expect(res.body.error.param).toBe(param);
  return res.body.error.message as string;
}

describe("POST /v3/assets", () => {
  it("stores a multipart PNG, WAV and MP3 as uploads are, answering HeyGen's v3 fields", async () => {
    const { user, key } = await team();
    const want = { png: "image/png", wav: "audio/wav", mp3: "audio/mpeg" } as const;
    for (const [kind, mime] of Object.entries(want) as [keyof typeof want, string][]) {
      const bytes = media(kind);
      const res = await uploadForm({ key }, kind, { filename: `My ${kind}.${kind}` });
      expect(res.status, `${kind}: ${res.text}`).toBe(200);
      expect(Object.keys(res.body)).toEqual(["data"]);
      expect(Object.keys(res.body.data).sort()).toEqual(["asset_id", "mime_type", "size_bytes", "url"]);
      const data = res.body.data;
      expect(data).toMatchObject({ mime_type: mime, size_bytes: bytes.length });
      expect(Number.isInteger(data.size_bytes)).toBe(true);
      expect(data.url).toMatch(
        new RegExp(`^${inject("baseUrl")}/api/files/teams/${user.teamId}/assets/${data.asset_id}\\.${kind}\\?exp=\\d+&sig=[0-9a-f]{64}$`),
      );
      const file = await fetch(data.url);
      expect(file.status).toBe(200);
      expect(file.headers.get("content-type")).toBe(mime);
      expect(Buffer.from(await file.arrayBuffer()).equals(bytes)).toBe(true);

      const row = await db().asset.findUniqueOrThrow({ where: { id: data.asset_id } });
      expect(row).toMatchObject({ teamId: user.teamId, name: `My ${kind}.${kind}`, mimeType: mime, sizeBytes: bytes.length });
      expect(row.apiKeyId).not.toBeNull();
    }
    const list = await api("GET", "/v1/asset/list", { key });
    expect(list.body.data.total).toBe(3);
    expect(list.body.data.assets.map((a: { name: string }) => a.name).sort()).toEqual(["My mp3.mp3", "My png.png", "My wav.wav"]);
  });

  it("reads the type from the bytes, whatever the filename and part type claim", async () => {
    const { key } = await team();
    const res = await uploadForm({ key }, "jpg", { filename: "clip.mp4", type: "video/mp4" });
    expect(res.status, res.text).toBe(200);
    expect(res.body.data.mime_type).toBe("image/jpeg");
    expect(res.body.data.url).toContain(".jpg?");

    // Text named .png and labelled image/png: refused by sniffing, as POST /v1/asset refuses it.
    const text = await uploadForm({ key }, Buffer.from("just some text, not a picture\n".repeat(20)), {
      filename: "cat.png",
      type: "image/png",
    });
    expect(v3Error(text, 415, "unsupported_media_type")).toContain("could not be recognised");
    const gif = await uploadForm({ key }, "gif", { filename: "cat.png" });
    expect(v3Error(gif, 415, "unsupported_media_type")).toContain("GIF (image/gif)");
    expect(await listed(key)).toHaveLength(1);
  });

  it("stops a part over the image limit with 413 payload_too_large and keeps nothing", async () => {
    const { user, key } = await team();
    const before = await listed(key);
    const res = await uploadFormStream(key, "huge.png", media("png"), zeros(52));
    expect(res.status).toBe(413);
    const json = await res.json();
    expect(json.error).toMatchObject({ code: "payload_too_large" });
    expect(json.error.message).toContain("50 MB");
    expect(res.headers.get("connection")).toBe("close");
    expect(await listed(key)).toEqual(before);
    expect(await db().asset.count({ where: { teamId: user.teamId } })).toBe(0);
    expect(scratchLeft()).toEqual([]);
  });

  it("streams a 20 MB part to storage intact", async () => {
    const { key } = await team();
    const data = 20 * 1024 * 1024;
    const res = await uploadFormStream(key, "long silence.wav", wavHeader(data), zeros(20));
    expect(res.status).toBe(200);
    const body = (await res.json()).data;
    expect(body).toMatchObject({ mime_type: "audio/wav", size_bytes: 44 + data });
    const row = await db().asset.findUniqueOrThrow({ where: { id: body.asset_id } });
    expect(row).toMatchObject({ name: "long silence.wav", type: "audio" });
    expect(row.duration).toBeCloseTo(data / 16000, 0);
    expect(statSync(storedPath(row.storageKey)).size).toBe(44 + data);
    expect(scratchLeft()).toEqual([]);
  });

  it("answers 400 invalid_parameter naming file when there is not exactly one file part named file", async () => {
    const { user, key } = await team();
    const none = new FormData();
    none.append("name", "just a field");
    expect(v3Error(await api("POST", "/v3/assets", { key, body: none }), 400, "invalid_parameter", "file")).toMatch(
      /^file: is missing: the form has no file part named file/,
    );
    const elsewhere = await uploadForm({ key }, "png", { field: "upload" });
    expect(v3Error(elsewhere, 400, "invalid_parameter", "file")).toContain("a file part named upload");
    const two = await uploadForm({ key }, "png", { extra: (f) => f.append("file", new Blob([new Uint8Array(media("jpg"))]), "b.jpg") });
    expect(v3Error(two, 400, "invalid_parameter", "file")).toContain("send exactly one file");
    const text = new FormData();
    text.append("file", "not a file");
    expect(v3Error(await api("POST", "/v3/assets", { key, body: text }), 400, "invalid_parameter", "file")).toContain("is a text field");
    const empty = await uploadForm({ key }, Buffer.alloc(0), { filename: "empty.png" });
    expect(v3Error(empty, 400, "invalid_parameter", "file")).toMatch(/^file: is empty/);
    // Text fields beside the one file are ignored.
    const withFields = await uploadForm({ key }, "png", { extra: (f) => f.append("folder_id", "x") });
    expect(withFields.status, withFields.text).toBe(200);
    expect(await db().asset.count({ where: { teamId: user.teamId } })).toBe(1);
    expect(scratchLeft()).toEqual([]);
  });

  it("answers 400 naming file for a body that is not multipart/form-data", async () => {
    const { key } = await team();
    const raw = await api("POST", "/v3/assets", { key, body: new Uint8Array(media("png")), headers: { "Content-Type": "image/png" } });
    expect(v3Error(raw, 400, "invalid_parameter", "file")).toContain("the body is image/png, not multipart/form-data");
    const json = await api("POST", "/v3/assets", { key, json: { url: "https://example.com/a.png" } });
    expect(v3Error(json, 400, "invalid_parameter", "file")).toContain("multipart/form-data");
    const broken = await api("POST", "/v3/assets", { key, body: "--x\r\n", headers: { "Content-Type": "multipart/form-data" } });
    expect(v3Error(broken, 400, "invalid_parameter", "file")).toContain("could not be read");
    const cut = await api("POST", "/v3/assets", {
      key,
      body: `--b\r\nContent-Disposition: form-data; name="file"; filename="a.png"\r\n\r\n${"x".repeat(5000)}`,
      headers: { "Content-Type": "multipart/form-data; boundary=b" },
    });
    expect(cut.status, cut.text).toBeGreaterThanOrEqual(400);
    expect(cut.status).toBeLessThan(500);
    expect(await listed(key)).toEqual([]);
  });

  it("answers a repeated Idempotency-Key with the first upload's answer, storing one asset", async () => {
    const { user, key } = await team();
    const first = await uploadForm({ key, headers: { "Idempotency-Key": "upload-1" } }, "png");
    expect(first.status, first.text).toBe(200);
    const again = await uploadForm({ key, headers: { "Idempotency-Key": "upload-1" } }, "jpg");
    expect(again.status, again.text).toBe(200);
    expect(again.headers.get("idempotent-replayed")).toBe("true");
    expect(again.body).toEqual(first.body);
    expect(await db().asset.count({ where: { teamId: user.teamId } })).toBe(1);
    // A refused upload frees its key: the corrected retry goes through.
    const refused = await uploadForm({ key, headers: { "Idempotency-Key": "upload-2" } }, "gif");
    expect(refused.status).toBe(415);
    const retried = await uploadForm({ key, headers: { "Idempotency-Key": "upload-2" } }, "webp");
    expect(retried.status, retried.text).toBe(200);
    expect(retried.body.data.mime_type).toBe("image/webp");
    expect(await db().asset.count({ where: { teamId: user.teamId } })).toBe(2);
  });

  it("answers in v3's envelope without a key and for other methods", async () => {
    v3Error(await uploadForm({}, "png"), 401, "unauthorized");
    const get = await api("GET", "/v3/assets", {});
    v3Error(get, 405, "method_not_allowed");
    expect(get.headers.get("allow")).toBe("POST");
  });

  it("gives an asset that works as image_asset_id and audio_asset_id in POST /v2/video/generate", async () => {
    const { key } = await team();
    const image = (await uploadForm({ key }, "png")).body.data.asset_id;
    const audio = (await uploadForm({ key }, "wav")).body.data.asset_id;
    const made = await api("POST", "/v2/video/generate", {
      key,
      json: {
        video_inputs: [
          {
            voice: { type: "audio", audio_asset_id: audio },
            background: { type: "image", image_asset_id: image },
          },
        ],
      },
    });
    expect(made.status, made.text).toBe(200);
    expect(made.body.data.video_id).toBeTruthy();
    // And the other way round is refused: the ids are typed.
    const wrong = await api("POST", "/v2/video/generate", {
      key,
      json: { video_inputs: [{ voice: { type: "audio", audio_asset_id: image } }] },
    });
    expect(wrong.status, wrong.text).toBe(400);
  });
});

describe("POST /v1/asset with JSON {url}", () => {
  let server: Server;
  const url = (p: string) => `http://127.0.0.1:${inject("receiverPort")}${p}`;

  beforeAll(async () => {
    // On the one loopback port the test server lets past the fetch guard (ALLOWED_FETCH_HOSTS).
    server = createServer((req, res) => {
      if (req.url === "/media/intro%20music.mp3") return res.writeHead(200, { "Content-Type": "audio/mpeg" }).end(media("mp3"));
      if (req.url === "/download?id=7")
        return res
          .writeHead(200, { "Content-Type": "application/octet-stream", "Content-Disposition": 'attachment; filename="cat.png"' })
          .end(media("png"));
      if (req.url === "/text.png") return res.writeHead(200, { "Content-Type": "image/png" }).end("not a picture at all\n".repeat(50));
      if (req.url === "/empty") return res.writeHead(200).end();
      if (req.url === "/huge.png") {
        // No Content-Length: the limit has to stop the stream itself.
        res.writeHead(200, { "Content-Type": "image/png" });
        res.write(media("png"));
        const chunks = zeros(60);
        const more = () => {
          for (let next = chunks.next(); !next.done; next = chunks.next()) if (!res.write(next.value)) return res.once("drain", more);
          res.end();
        };
        res.on("error", () => {});
        return more();
      }
      res.writeHead(404).end();
    });
    await new Promise<void>((resolve) => server.listen(inject("receiverPort"), "127.0.0.1", () => resolve()));
  });
  afterAll(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())));

  const importUrl = (key: string, body: unknown, query = "") => api("POST", `/v1/asset${query}`, { key, json: body });

  it("imports a URL and stores it exactly like uploaded bytes", async () => {
    const { user, key } = await team();
    const res = await importUrl(key, { url: url("/media/intro%20music.mp3") });
    expect(res.status, res.text).toBe(200);
    expect(res.body).toMatchObject({ code: 100, data: { file_type: "audio", mime_type: "audio/mpeg", name: "intro music.mp3" } });
    const row = await db().asset.findUniqueOrThrow({ where: { id: res.body.data.id } });
    expect(row.teamId).toBe(user.teamId);
    expect(readFileSync(storedPath(row.storageKey)).equals(media("mp3"))).toBe(true);
    expect(Buffer.from(await (await fetch(res.body.data.url)).arrayBuffer()).equals(media("mp3"))).toBe(true);

    // The name: ?name=, else the body's name, else Content-Disposition, else the URL's last segment.
    const named = await importUrl(key, { url: url("/download?id=7") });
    expect(named.body.data).toMatchObject({ name: "cat.png", file_type: "image", width: 64, height: 48 });
    expect((await importUrl(key, { url: url("/download?id=7"), name: "Kitty" })).body.data.name).toBe("Kitty");
    expect((await importUrl(key, { url: url("/download?id=7"), name: "Kitty" }, "?name=Query")).body.data.name).toBe("Query");

    // One of our own signed links is read from storage (APP_URL is a loopback address the guard refuses).
    const own = await importUrl(key, { url: named.body.data.url });
    expect(own.status, own.text).toBe(200);
    expect(own.body.data).toMatchObject({ mime_type: "image/png", size_bytes: media("png").length });
    expect(await listed(key)).toHaveLength(5);
  });

  it("answers 400 naming url with the reason when the URL cannot be fetched, storing nothing", async () => {
    const { user, key } = await team();
    const cases: [string, RegExp][] = [
      [url("/missing.png"), /HTTP 404/],
      ["http://10.1.2.3/a.png", /10\.1\.2\.3 is a private address, which is refused/],
      ["http://169.254.169.254/latest/meta-data/", /link-local address/],
      ["http://127.0.0.1:9/a.png", /127\.0\.0\.1 is a loopback address.*ALLOWED_FETCH_HOSTS/],
      ["ftp://example.com/a.png", /only http and https/],
      ["not a url", /is not a valid URL/],
      [`${inject("baseUrl")}/api/files/teams/x/assets/y.png?exp=1&sig=00`, /file link/],
    ];
    for (const [target, why] of cases) {
      const res = await importUrl(key, { url: target });
      expect(res.status, `${target}: ${res.text}`).toBe(400);
      expect(res.body.error.code).toBe("invalid_parameter");
      expect(res.body.error.details[0].path, target).toBe("url");
      expect(res.body.error.message, target).toMatch(/^url: /);
      expect(res.body.error.message, target).toMatch(why);
    }
    const empty = await importUrl(key, { url: url("/empty") });
    expect(empty.status).toBe(400);
    expect(empty.body.error.message).toMatch(/^url: answered an empty body/);
    const text = await importUrl(key, { url: url("/text.png") });
    expect(text.status).toBe(415);
    expect(text.body.error.message).toContain("could not be recognised");
    const huge = await importUrl(key, { url: url("/huge.png") });
    expect(huge.status, huge.text).toBe(413);
    expect(huge.body.error).toMatchObject({ code: "payload_too_large" });
    expect(huge.body.error.message).toContain("50 MB");
    expect(await db().asset.count({ where: { teamId: user.teamId } })).toBe(0);
    expect(scratchLeft()).toEqual([]);
  });

  it("answers 400 with the raw-bytes rule for an empty body, raw or JSON, and names url when it is missing", async () => {
    const { key } = await team();
    const rule = 'send the file\'s bytes as the request body with its Content-Type, or JSON {"url"';
    const raw = await upload(key, Buffer.alloc(0));
    expect(raw.status).toBe(400);
    expect(raw.body.error.message).toMatch(/^body: is empty; /);
    expect(raw.body.error.message).toContain(rule);
    const json = await api("POST", "/v1/asset", { key, body: "", headers: { "Content-Type": "application/json" } });
    expect(json.status).toBe(400);
    expect(json.body.error.message).toContain(rule);
    const noUrl = await importUrl(key, {});
    expect(noUrl.status).toBe(400);
    expect(noUrl.body.error.message).toBe("url: is required");
    const badJson = await api("POST", "/v1/asset", { key, body: "{", headers: { "Content-Type": "application/json" } });
    expect(badJson.body.error.message).toBe("body: must be valid JSON");
    expect(await listed(key)).toEqual([]);
  });
});
