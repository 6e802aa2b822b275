import { mkdtempSync, readdirSync, writeFileSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { Readable } from "node:stream";
import { text } from "node:stream/consumers";
import { beforeEach, describe, expect, it } from "vitest";
import { LocalStorage } from "@/lib/storage/local-storage";
import { StorageLimitError } from "@/lib/storage/storage-errors";

let root: string;
let store: LocalStorage;

beforeEach(() => {
  root = mkdtempSync(path.join(tmpdir(), "local-storage-"));
  store = new LocalStorage(root);
});

async function* chunks(...parts: string[]) {
  for (const part of parts) yield Buffer.from(part);
}

describe("local storage driver", () => {
  it("writes a stream atomically, counting bytes, and reads it back whole or by range", async () => {
    expect(await store.put("teams/t/assets/a.txt", chunks("hello ", "world"))).toEqual({ size: 11 });
    expect(readdirSync(path.join(root, ".tmp"))).toEqual([]);
    expect(await text((await store.get("teams/t/assets/a.txt"))!)).toBe("hello world");
    expect(await text((await store.get("teams/t/assets/a.txt", { start: 6, end: 10 }))!)).toBe("world");
    expect(await store.stat("teams/t/assets/a.txt")).toMatchObject({ size: 11 });
    // Web streams too.
    await store.put("teams/t/assets/b.txt", Readable.toWeb(Readable.from(chunks("web"))) as ReadableStream<Uint8Array>);
    expect(await text((await store.get("teams/t/assets/b.txt"))!)).toBe("web");
  });

  it("stops past maxBytes, keeping nothing", async () => {
    await expect(store.put("teams/t/assets/big.bin", chunks("12345", "67890"), { maxBytes: 7 })).rejects.toBeInstanceOf(StorageLimitError);
    expect(await store.stat("teams/t/assets/big.bin")).toBeNull();
    expect(readdirSync(path.join(root, ".tmp"))).toEqual([]);
  });

  it("answers null for missing keys and ignores deleting them", async () => {
    expect(await store.get("teams/t/nothing.png")).toBeNull();
    expect(await store.stat("teams/t/nothing.png")).toBeNull();
    await expect(store.delete("teams/t/nothing.png")).resolves.toBeUndefined();
  });

  it("moves a local file in and deletes by key and by prefix", async () => {
    const local = await store.tempPath(".png");
    writeFileSync(local, "png bytes");
    expect(await store.putFile("teams/t/assets/p.png", local)).toEqual({ size: 9 });
    expect(existsSync(local)).toBe(false);
    await store.put("teams/t/assets/q.png", chunks("q"));
    await store.put("teams/t/videos/v1/out.mp4", chunks("v"));
    await store.put("teams/u/assets/keep.png", chunks("k"));
    await store.delete("teams/t/assets/q.png");
    expect(await store.stat("teams/t/assets/q.png")).toBeNull();
    expect(await store.deletePrefix("teams/t/")).toBe(2);
    expect(await store.stat("teams/u/assets/keep.png")).not.toBeNull();
    expect(await store.deletePrefix("teams/nobody/")).toBe(0);
  });

  it("refuses keys that would leave the folder or reach temp files", async () => {
    for (const key of ["../escape.txt", "teams/../../x", "/etc/passwd", ".tmp/x", "teams/t/.hidden", ""]) {
      await expect(store.put(key, chunks("x")), key).rejects.toThrow(/Invalid storage key/);
      await expect(store.get(key), key).rejects.toThrow(/Invalid storage key/);
    }
    await expect(store.deletePrefix("")).rejects.toThrow(/Invalid storage key/);
    await expect(store.deletePrefix("../")).rejects.toThrow(/Invalid storage key/);
  });
});
