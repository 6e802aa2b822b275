import "server-only";
import { randomBytes } from "node:crypto";
import { copyFile, mkdir, open, readdir, rename, rm, stat, unlink } from "node:fs/promises";
import path from "node:path";
import type { Readable } from "node:stream";
import type { ByteRange, Storage, StoredObject } from "@/lib/storage/storage";
import { storageKey, storagePrefix } from "@/lib/storage/storage-key";
import { streamToFile, type ByteSource } from "@/lib/storage/stream-to-file";

const isMissing = (error: unknown) => (error as NodeJS.ErrnoException).code === "ENOENT";

// Files under one folder. Writes go to <root>/.tmp first and are renamed into place, so readers never see
// half a file; .tmp shares the filesystem with the files, so the rename is atomic.
export class LocalStorage implements Storage {
  readonly tmpDir: string;

  constructor(readonly root: string) {
    this.tmpDir = path.join(root, ".tmp");
  }

  // Keys are validated, and the resolved path is checked once more, so nothing escapes the root.
  pathOf(key: string): string {
    const full = path.resolve(this.root, storageKey(key));
    if (!full.startsWith(this.root + path.sep)) throw new Error("storage key escapes the storage folder");
    return full;
  }

  async tempPath(suffix = ""): Promise<string> {
    await mkdir(this.tmpDir, { recursive: true });
    return path.join(this.tmpDir, `${randomBytes(12).toString("hex")}${suffix}`);
  }

  async put(key: string, body: ByteSource, options: { maxBytes?: number } = {}): Promise<{ size: number }> {
    const target = this.pathOf(key);
    const temp = await this.tempPath();
    const size = await streamToFile(body, temp, options);
    await this.moveInto(temp, target);
    return { size };
  }

  async putFile(key: string, localPath: string): Promise<{ size: number }> {
    const target = this.pathOf(key);
    const { size } = await stat(localPath);
    await this.moveInto(localPath, target);
    return { size };
  }

  private async moveInto(source: string, target: string): Promise<void> {
    await mkdir(path.dirname(target), { recursive: true });
    try {
      await rename(source, target);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EXDEV") throw error;
      // Another filesystem: copy next to the target, then rename there (still atomic for readers).
      const staging = path.join(path.dirname(target), `.${randomBytes(8).toString("hex")}.part`);
      try {
        await copyFile(source, staging);
        await rename(staging, target);
      } catch (copyError) {
        // A full disk leaves part of a copy: never keep it.
        await rm(staging, { force: true });
        throw copyError;
      }
      await unlink(source);
    }
  }

  async get(key: string, range?: ByteRange): Promise<Readable | null> {
    try {
      // Opened before the stream is returned, so a missing file is null here, not a stream error later.
      const handle = await open(this.pathOf(key), "r");
      return handle.createReadStream(range ? { start: range.start, end: range.end } : {});
    } catch (error) {
      if (isMissing(error)) return null;
      throw error;
    }
  }

  async stat(key: string): Promise<StoredObject | null> {
    try {
      const info = await stat(this.pathOf(key));
      return info.isFile() ? { size: info.size, modifiedAt: info.mtime } : null;
    } catch (error) {
      if (isMissing(error)) return null;
      throw error;
    }
  }

  async delete(key: string): Promise<void> {
    await rm(this.pathOf(key), { force: true });
  }

  async deletePrefix(prefix: string): Promise<number> {
    storagePrefix(prefix);
    const slash = prefix.lastIndexOf("/");
    const dir = slash < 0 ? this.root : this.pathOf(prefix.slice(0, slash));
    const namePrefix = prefix.slice(slash + 1);
    let entries: string[];
    try {
      entries = await readdir(dir);
    } catch (error) {
      if (isMissing(error)) return 0;
      throw error;
    }
    let removed = 0;
    for (const name of entries) {
      if (!name.startsWith(namePrefix) || name.startsWith(".")) continue;
      removed += await this.removeTree(path.join(dir, name));
    }
    return removed;
  }

  private async removeTree(full: string): Promise<number> {
    const info = await stat(full).catch(() => null);
    if (!info) return 0;
    if (!info.isDirectory()) {
      await rm(full, { force: true });
      return 1;
    }
    let removed = 0;
    for (const name of await readdir(full)) removed += await this.removeTree(path.join(full, name));
    await rm(full, { recursive: true, force: true });
    return removed;
  }
}
