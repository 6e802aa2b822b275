import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { request } from "node:http";
import { tmpdir } from "node:os";
import path from "node:path";
import { beforeEach, describe, expect, inject, it } from "vitest";
import { db } from "@/lib/db";
import { api } from "./support/http";
import { makeKey, makeUser, truncateAll } from "./support/fixtures";
import { media, type MediaKind } from "./support/media";
import { isStored, storedPath, upload, uploadStream } from "./support/assets";

beforeEach(truncateAll);

async function team() {
  const user = await makeUser("assets");
  return { user, key: await makeKey(user.teamId) };
}

const expected: Record<
  Exclude<MediaKind, "gif">,
  { file_type: string; mime: string; ext: string; width?: number; height?: number; duration?: boolean }
> = {
  png: { file_type: "image", mime: "image/png", ext: "png", width: 64, height: 48 },
  jpg: { file_type: "image", mime: "image/jpeg", ext: "jpg", width: 80, height: 60 },
  webp: { file_type: "image", mime: "image/webp", ext: "webp", width: 96, height: 64 },
  mp4: { file_type: "video", mime: "video/mp4", ext: "mp4", width: 160, height: 120, duration: true },
  webm: { file_type: "video", mime: "video/webm", ext: "webm", width: 128, height: 96, duration: true },
  mp3: { file_type: "audio", mime: "audio/mpeg", ext: "mp3", duration: true },
  wav: { file_type: "audio", mime: "audio/wav", ext: "wav", duration: true },
};

describe("POST /v1/asset", () => {
  it("stores each accepted type, typed by its content, with probed size and duration", async () => {
    const { user, key } = await team();
    for (const [kind, want] of Object.entries(expected) as [MediaKind, (typeof expected)["png"]][]) {
      const bytes = media(kind);
      const res = await upload(key, kind);
      expect(res.status, `${kind}: ${res.text}`).toBe(200);
      expect(res.body).toMatchObject({ code: 100, message: "Success" });
      const data = res.body.data;
      expect(data).toMatchObject({ file_type: want.file_type, mime_type: want.mime, size_bytes: bytes.length });
      expect(data.id).toMatch(/^[0-9a-f]{32}$/);
      expect(data.name).toBe(`${want.file_type}-${data.id.slice(0, 8)}.${want.ext}`);
      expect(Math.abs(data.created_ts - Date.now() / 1000)).toBeLessThan(120);
      expect(data.url).toMatch(
        new RegExp(`^${inject("baseUrl")}/api/files/teams/${user.teamId}/assets/${data.id}\\.${want.ext}\\?exp=\\d+&sig=[0-9a-f]{64}$`),
      );
      expect(data.width, kind).toBe(want.width);
      expect(data.height, kind).toBe(want.height);
      if (want.duration) expect(data.duration, kind).toBeCloseTo(1, 0);
      else expect(data.duration, kind).toBeUndefined();

      const row = await db().asset.findUniqueOrThrow({ where: { id: data.id } });
      expect(row).toMatchObject({
        teamId: user.teamId,
        type: want.file_type,
        mimeType: want.mime,
        sizeBytes: bytes.length,
        width: want.width ?? null,
      });
      expect(row.apiKeyId).not.toBeNull();
      expect(readFileSync(storedPath(row.storageKey)).equals(bytes)).toBe(true);

      const file = await fetch(data.url);
      expect(file.status).toBe(200);
      expect(file.headers.get("content-type")).toBe(want.mime);
      expect(Buffer.from(await file.arrayBuffer()).equals(bytes)).toBe(true);
    }
  });

  it("ignores what the headers claim: the content decides the type", async () => {
    const { key } = await team();
    const res = await upload(key, "png", {
      headers: { "Content-Type": "video/mp4", "Content-Disposition": 'attachment; filename="clip.mp4"' },
    });
    expect(res.status, res.text).toBe(200);
    expect(res.body.data).toMatchObject({ file_type: "image", mime_type: "image/png", name: "clip.mp4", width: 64, height: 48 });
    expect(res.body.data.url).toContain(".png?");

    const named = await upload(key, "mp3", { query: "?name=Intro%20music", headers: { "Content-Type": "image/png" } });
    expect(named.body.data).toMatchObject({ file_type: "audio", mime_type: "audio/mpeg", name: "Intro music" });
  });

  it("refuses other content with 415 naming what it is and what is accepted, storing nothing", async () => {
    const { user, key } = await team();
    const gif = await upload(key, "gif", { headers: { "Content-Type": "image/png" } });
    expect(gif.status).toBe(415);
    expect(gif.body).toMatchObject({ data: null, error: { code: "unsupported_media_type" } });
    expect(gif.body.error.message).toContain("GIF (image/gif)");
    expect(gif.body.error.message).toContain("PNG, JPEG, WebP, MP4, WebM, MP3 or WAV");

    const text = await upload(key, Buffer.from("just some text, not a picture\n".repeat(20)));
    expect(text.status).toBe(415);
    expect(text.body.error.message).toContain("could not be recognised");

    // A PNG signature followed by garbage: sniffed as PNG, then ffprobe cannot decode it.
    const broken = Buffer.concat([media("png").subarray(0, 16), Buffer.alloc(5000, 7)]);
    const undecodable = await upload(key, broken);
    expect(undecodable.status, undecodable.text).toBe(415);
    expect(undecodable.body.error.message).toMatch(/starts like a PNG but/);

    expect(await db().asset.count({ where: { teamId: user.teamId } })).toBe(0);
    expect(readdirSync(path.join(inject("storageDir"), ".tmp"))).toEqual([]);
  });

  it("refuses a picture above 40 megapixels before decoding it (a decompression bomb), storing nothing", async () => {
    const { user, key } = await team();
    // 8000 x 6000 of one colour: a small file that would decode to 192 MB.
    const dir = mkdtempSync(path.join(tmpdir(), "bomb-"));
    const file = path.join(dir, "bomb.png");
    execFileSync("ffmpeg", ["-v", "error", "-f", "lavfi", "-i", "color=c=red:s=8000x6000", "-frames:v", "1", file]);
    const res = await upload(key, readFileSync(file));
    expect(res.status, res.text).toBe(413);
    expect(res.body.error.message).toMatch(/8000 x 6000 pixels \(48 megapixels\); pictures may have at most 40 megapixels/);
    expect(await db().asset.count({ where: { teamId: user.teamId } })).toBe(0);
  });

  it("answers 400 naming the field for an empty body or a bad name", async () => {
    const { key } = await team();
    const empty = await upload(key, Buffer.alloc(0));
    expect(empty.status).toBe(400);
    expect(empty.body.error.message).toMatch(/^body: /);
    const long = await upload(key, "png", { query: `?name=${"x".repeat(300)}` });
    expect(long.status).toBe(400);
    expect(long.body.error.message).toMatch(/^name: must be at most 255 characters/);
  });

  it("stops an image at 50 MB with 413 without keeping any of it", async () => {
    const { user, key } = await team();
    // Streamed, never held: the PNG's header, then zeros past the image limit.
    const res = await uploadStream(key, media("png"), 52);
    expect(res.status).toBe(413);
    const json = await res.json();
    expect(json.error).toMatchObject({ code: "payload_too_large" });
    expect(json.error.message).toContain("50 MB");
    // The rest of the body is still on the wire: the connection is not reused.
    expect(res.headers.get("connection")).toBe("close");
    expect(await db().asset.count({ where: { teamId: user.teamId } })).toBe(0);
    expect(readdirSync(path.join(inject("storageDir"), ".tmp"))).toEqual([]);
  });

  it("refuses a declared Content-Length over the largest limit before reading", async () => {
    const { key } = await team();
    const url = new URL(`${inject("baseUrl")}/v1/asset`);
    const answer = await new Promise<{ status: number; body: string }>((resolve, reject) => {
      const req = request(url, { method: "POST", headers: { "X-Api-Key": key, "Content-Length": String(200 * 1024 * 1024) } }, (res) => {
        let body = "";
        res.on("data", (c) => (body += c));
        res.on("end", () => {
          resolve({ status: res.statusCode ?? 0, body });
          req.destroy();
        });
      });
      req.on("error", reject);
      req.write(media("png"));
    });
    expect(answer.status).toBe(413);
    expect(JSON.parse(answer.body).error.code).toBe("payload_too_large");
  });

  it("needs a key or a session", async () => {
    expect((await api("POST", "/v1/asset", { body: new Uint8Array(media("png")) })).status).toBe(401);
  });

  it("takes a dashboard session, with the team picked by X-Team", async () => {
    const { user } = await team();
    const other = await makeUser("other");
    const res = await api("POST", "/v1/asset?name=From%20the%20dashboard", {
      cookie: user.cookie,
      headers: { "X-Team": user.teamSlug },
      body: new Uint8Array(media("jpg")),
    });
    expect(res.status, res.text).toBe(200);
    const row = await db().asset.findUniqueOrThrow({ where: { id: res.body.data.id } });
    expect(row).toMatchObject({ teamId: user.teamId, createdById: user.id, apiKeyId: null, name: "From the dashboard" });
    const foreign = await api("POST", "/v1/asset", {
      cookie: user.cookie,
      headers: { "X-Team": other.teamSlug },
      body: new Uint8Array(media("jpg")),
    });
    expect(foreign.status).toBe(404);
  });
});

describe("GET /v1/asset/list", () => {
  it("pages newest first with a cursor token in the v2 envelope", async () => {
    const { key } = await team();
    const ids: string[] = [];
    for (let i = 0; i < 5; i++) ids.push((await upload(key, "png", { query: `?name=n${i}` })).body.data.id);
    const seen: string[] = [];
    let token: string | null = null;
    let pages = 0;
    do {
      const res = await api("GET", `/v1/asset/list?limit=2${token ? `&token=${token}` : ""}`, { key });
      expect(res.status).toBe(200);
      expect(res.body.error).toBeNull();
      expect(res.body.data.total).toBe(5);
      for (const asset of res.body.data.assets) {
        expect(Object.keys(asset)).toEqual(expect.arrayContaining(["id", "name", "file_type", "url", "created_ts"]));
        seen.push(asset.id);
      }
      token = res.body.data.token;
      pages++;
    } while (token);
    expect(pages).toBe(3);
    expect(seen).toEqual([...ids].reverse());

    const images = await api("GET", "/v1/asset/list?file_type=audio", { key });
    expect(images.body.data).toMatchObject({ assets: [], total: 0, token: null });
  });

  it("answers 400 naming limit or token when they are wrong", async () => {
    const { key } = await team();
    for (const limit of ["0", "101", "abc", "1.5"]) {
      const res = await api("GET", `/v1/asset/list?limit=${limit}`, { key });
      expect(res.status, limit).toBe(400);
      expect(res.body.error.message).toMatch(/^limit: /);
    }
    const bad = await api("GET", "/v1/asset/list?token=garbage", { key });
    expect(bad.status).toBe(400);
    expect(bad.body.error.message).toMatch(/^token: /);
    expect((await api("GET", "/v1/asset/list?limit=&token=", { key })).status).toBe(200);
  });
});

describe("deleting an asset", () => {
  for (const [label, call] of [
    ["POST /v1/asset/{id}/delete", (id: string, key: string) => api("POST", `/v1/asset/${id}/delete`, { key })],
    ["DELETE /v1/asset/{id}", (id: string, key: string) => api("DELETE", `/v1/asset/${id}`, { key })],
  ] as const) {
    it(`${label} removes the row and the file; the signed URL then answers 404`, async () => {
      const { key } = await team();
      const made = (await upload(key, "webp")).body.data;
      const row = await db().asset.findUniqueOrThrow({ where: { id: made.id } });
      expect(isStored(row.storageKey)).toBe(true);

      const res = await call(made.id, key);
      expect(res.status, res.text).toBe(200);
      expect(res.body).toEqual({ code: 100, data: { id: made.id }, message: "Success" });
      expect(await db().asset.count({ where: { id: made.id } })).toBe(0);
      expect(isStored(row.storageKey)).toBe(false);
      expect((await fetch(made.url)).status).toBe(404);
      expect((await api("GET", "/v1/asset/list", { key })).body.data.total).toBe(0);
      expect((await call(made.id, key)).status).toBe(404);
    });
  }
});

describe("folders", () => {
  it("creates folders and lists them newest first", async () => {
    const { key } = await team();
    const a = await api("POST", "/v1/folders/create", { key, json: { name: "Campaign A" } });
    expect(a.status, a.text).toBe(200);
    expect(a.body).toMatchObject({ code: 100, data: { name: "Campaign A" } });
    expect(a.body.data.id).toBeTruthy();
    await api("POST", "/v1/folders/create", { key, json: { name: "  Campaign B  " } });
    const list = await api("GET", "/v1/folders", { key });
    expect(list.body.data.folders.map((f: { name: string }) => f.name)).toEqual(["Campaign B", "Campaign A"]);
    expect(list.body.data.total).toBe(2);

    const empty = await api("POST", "/v1/folders/create", { key, json: { name: "" } });
    expect(empty.status).toBe(400);
    expect(empty.body.error.message).toMatch(/^name: /);
    expect((await api("POST", "/v1/folders/create", { key, json: {} })).body.error.message).toBe("name: is required");
  });
});
