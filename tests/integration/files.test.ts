import { mkdir, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { beforeAll, describe, expect, inject, it } from "vitest";
import { db } from "@/lib/db";
import { getSecret } from "@/lib/secrets";
import { urlSignature } from "@/lib/storage/url-signature";
import { makeKey, makeUser, truncateAll } from "./support/fixtures";
import { media } from "./support/media";
import { splitUrl, upload } from "./support/assets";

// Signed file links: the signature is the only auth, so every way of bending one must fail.
let asset: { id: string; url: string };
let storageKey: string;
let bytes: Buffer;

beforeAll(async () => {
  await truncateAll();
  const user = await makeUser("files");
  bytes = media("mp4");
  asset = (await upload(await makeKey(user.teamId), "mp4")).body.data;
  storageKey = (await db().asset.findUniqueOrThrow({ where: { id: asset.id } })).storageKey;
});

const base = () => inject("baseUrl");

describe("GET /api/files/<key>", () => {
  it("serves the whole file with its length, type and range support", async () => {
    const res = await fetch(asset.url);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("video/mp4");
    expect(res.headers.get("content-length")).toBe(String(bytes.length));
    expect(res.headers.get("accept-ranges")).toBe("bytes");
    expect(res.headers.get("x-content-type-options")).toBe("nosniff");
    expect(Buffer.from(await res.arrayBuffer()).equals(bytes)).toBe(true);
  });

  it("answers HEAD with the same headers and no body", async () => {
    const res = await fetch(asset.url, { method: "HEAD" });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-length")).toBe(String(bytes.length));
    expect(res.headers.get("content-type")).toBe("video/mp4");
    expect((await res.arrayBuffer()).byteLength).toBe(0);
  });

  it("answers one byte range with 206 and exactly those bytes", async () => {
    const first = await fetch(asset.url, { headers: { Range: "bytes=0-9" } });
    expect(first.status).toBe(206);
    expect(first.headers.get("content-range")).toBe(`bytes 0-9/${bytes.length}`);
    expect(first.headers.get("content-length")).toBe("10");
    expect(first.headers.get("content-type")).toBe("video/mp4");
    expect(Buffer.from(await first.arrayBuffer()).equals(bytes.subarray(0, 10))).toBe(true);

    const middle = await fetch(asset.url, { headers: { Range: "bytes=100-" } });
    expect(middle.status).toBe(206);
    expect(Buffer.from(await middle.arrayBuffer()).equals(bytes.subarray(100))).toBe(true);

    const tail = await fetch(asset.url, { headers: { Range: "bytes=-16" } });
    expect(tail.headers.get("content-range")).toBe(`bytes ${bytes.length - 16}-${bytes.length - 1}/${bytes.length}`);
    expect(Buffer.from(await tail.arrayBuffer()).equals(bytes.subarray(-16))).toBe(true);

    const past = await fetch(asset.url, { headers: { Range: `bytes=${bytes.length}-` } });
    expect(past.status).toBe(416);
    expect(past.headers.get("content-range")).toBe(`bytes */${bytes.length}`);
  });

  it("serves a text file over 1 KB whole to a client that accepts gzip (caption files)", async () => {
    const key = `teams/${storageKey.split("/")[1]}/files-test/captions.vtt`;
    const text = `WEBVTT\n\n${"00:00:00.000 --> 00:00:01.000\nこんにちは、世界\n\n".repeat(60)}`;
    await mkdir(dirname(join(inject("storageDir"), key)), { recursive: true });
    await writeFile(join(inject("storageDir"), key), text);
    const exp = Math.floor(Date.now() / 1000) + 600;
    const res = await fetch(`${base()}/api/files/${key}?exp=${exp}&sig=${urlSignature(await getSecret("STORAGE_URL_SECRET"), key, exp)}`, {
      headers: { "Accept-Encoding": "gzip, deflate" },
    });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-length")).toBe(String(Buffer.byteLength(text)));
    expect(await res.text()).toBe(text);
  });

  it("refuses a tampered signature, another key, a moved expiry or a missing signature with 403", async () => {
    const { path, exp, sig } = splitUrl(asset.url);
    const flipped = (sig[0] === "a" ? "b" : "a") + sig.slice(1);
    for (const url of [
      `${path}?exp=${exp}&sig=${flipped}`,
      `${path}?exp=${Number(exp) + 1}&sig=${sig}`,
      `${path}?exp=${exp}`,
      path,
      `${path.replace(".mp4", ".png")}?exp=${exp}&sig=${sig}`,
    ]) {
      const res = await fetch(`${base()}${url}`);
      expect(res.status, url).toBe(403);
      const body = await res.json();
      expect(body).toMatchObject({ data: null, error: { code: "forbidden" } });
      expect(body.error.request_id).toBe(res.headers.get("x-request-id"));
    }
  });

  it("refuses a correctly signed link whose expiry has passed", async () => {
    const past = Math.floor(Date.now() / 1000) - 60;
    const sig = urlSignature(await getSecret("STORAGE_URL_SECRET"), storageKey, past);
    const res = await fetch(`${base()}/api/files/${storageKey}?exp=${past}&sig=${sig}`);
    expect(res.status).toBe(403);
    expect((await res.json()).error.message).toContain("expired");
    // The same secret with a future expiry works: the 403 above was the expiry alone.
    const future = past + 3600;
    const ok = await fetch(
      `${base()}/api/files/${storageKey}?exp=${future}&sig=${urlSignature(await getSecret("STORAGE_URL_SECRET"), storageKey, future)}`,
    );
    expect(ok.status).toBe(200);
    await ok.arrayBuffer();
  });

  it("answers 404 for keys that are not ours or do not exist", async () => {
    const secret = await getSecret("STORAGE_URL_SECRET");
    const exp = Math.floor(Date.now() / 1000) + 600;
    const missing = "teams/nobody/assets/missing.png";
    expect((await fetch(`${base()}/api/files/${missing}?exp=${exp}&sig=${urlSignature(secret, missing, exp)}`)).status).toBe(404);
    for (const path of ["/api/files/%2e%2e/%2e%2e/etc/passwd", "/api/files/.tmp/x", "/api/files/teams/a%2Fb"]) {
      const res = await fetch(`${base()}${path}?exp=${exp}&sig=${"0".repeat(64)}`);
      expect(res.status, path).toBe(404);
    }
  });
});
