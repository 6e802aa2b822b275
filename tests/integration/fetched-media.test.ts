import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, readdirSync } from "node:fs";
import { createServer, type Server } from "node:http";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { listAvatars } from "@/lib/catalog";
import { api } from "./support/http";
import { makeKey, makeUser, type TestUser } from "./support/fixtures";
import { finishedVideo } from "./support/videos";
import { ffconcatPlaylist, hlsPlaylist } from "../support/playlists";
import { startWorker, type RunningWorker } from "../support/worker";

// Media fetched for a render (an audio_url, a background url) is sniffed like an upload and read with its
// type's demuxer only. A URL that serves an HLS or ffconcat playlist naming a stored file (another team's
// upload) must fail the video with a media error and put nothing of that file into any output.
type Status = { status: string; video_url: string | null; error: { code: number; reason: string; message: string } | null };

let worker: RunningWorker;
let media: Server;
let attacker: TestUser;
let key: string;
let stolenAudio = "";
let stolenVideo = "";
const bodies = new Map<string, string | Buffer>();

const waitFor = (id: string) => finishedVideo<Status>(id, { key, timeoutMs: 120_000 });

// Another team's upload, and where the server keeps it.
async function victimUpload(victimKey: string, name: string, ...ffmpeg: string[]): Promise<string> {
  const dir = mkdtempSync(path.join(os.tmpdir(), "victim-"));
  const file = path.join(dir, name);
  execFileSync("ffmpeg", ["-v", "error", "-y", ...ffmpeg, file]);
  const res = await api("POST", `/v1/asset?name=${name}`, { key: victimKey, body: readFileSync(file) });
  if (res.status !== 200) throw new Error(res.text);
  const teamDir = path.join(inject("storageDir"), "teams");
  const stored = readdirSync(teamDir, { recursive: true, encoding: "utf8" }).find((f) => f.includes(res.body.data.id as string));
  if (!stored) throw new Error(`asset ${res.body.data.id} not found under ${teamDir}`);
  return path.join(teamDir, stored);
}

beforeAll(async () => {
  const victim = await makeUser("victim");
  const victimKey = await makeKey(victim.teamId);
  // 3 s of a 1 kHz tone and a 3 s test picture: a render that read them would last about 3 s.
  const tone = ["-f", "lavfi", "-i", "sine=frequency=1000:duration=3", "-ac", "1", "-b:a", "64k"];
  stolenAudio = await victimUpload(victimKey, "secret.mp3", ...tone);
  const picture = ["-f", "lavfi", "-i", "testsrc2=s=320x180:r=25:d=3", "-c:v", "libx264", "-pix_fmt", "yuv420p"];
  stolenVideo = await victimUpload(victimKey, "secret.mp4", ...picture);
  bodies.set("/voice.m3u8", hlsPlaylist(stolenAudio));
  bodies.set("/voice.ffconcat", ffconcatPlaylist(stolenAudio));
  bodies.set("/background.m3u8", hlsPlaylist(stolenVideo));
  media = createServer((req, res) => {
    const body = bodies.get(req.url ?? "");
    // Served with the content type of what the request asks for, as a malicious host would.
    if (body) res.writeHead(200, { "content-type": req.url!.startsWith("/voice") ? "audio/mpeg" : "video/mp4" }).end(body);
    else res.writeHead(404).end();
  });
  await new Promise<void>((r) => media.listen(0, "127.0.0.1", () => r()));
  const mediaHost = `127.0.0.1:${(media.address() as { port: number }).port}`;
  worker = await startWorker(
    { STORAGE_DIR: inject("storageDir"), APP_URL: inject("baseUrl"), ALLOWED_FETCH_HOSTS: mediaHost },
    "fetched-media-worker",
  );
  attacker = await makeUser("attacker");
  key = await makeKey(attacker.teamId);
}, 90_000);

afterAll(async () => {
  await worker?.stop();
  media?.close();
});

describe("fetched media", () => {
  it("fails a video whose URLs serve playlists naming a stored file, and keeps nothing of that file", async () => {
    expect(existsSync(stolenAudio) && existsSync(stolenVideo)).toBe(true);
    const port = (media.address() as { port: number }).port;
    const url = (name: string) => `http://127.0.0.1:${port}/${name}`;
    const cases = [
      { voice: { type: "audio", audio_url: url("voice.m3u8") } },
      { voice: { type: "audio", audio_url: url("voice.ffconcat") } },
      {
        voice: { type: "silence", duration: 1 },
        background: { type: "video", url: url("background.m3u8"), play_style: "full_video" },
      },
    ];
    const ids: string[] = [];
    for (const scene of cases) {
      const body = {
        dimension: { width: 320, height: 180 },
        video_inputs: [{ character: { type: "avatar", avatar_id: listAvatars()[0]!.avatar_id }, ...scene }],
      };
      const made = await api("POST", "/v2/video/generate", { key, json: body });
      expect(made.status, made.text).toBe(200);
      ids.push(made.body.data.video_id as string);
    }
    for (const [i, id] of ids.entries()) {
      const done = await waitFor(id);
      expect(done.status, `case ${i}`).toBe("failed");
      expect(done.error?.reason, `case ${i}`).toBe("media_undecodable");
      expect(done.error?.code).toBe(40012);
      expect(done.error?.message).toMatch(
        /is text or an unsupported format, not (audio|a video) we can use; give (MP3 or WAV|MP4 or WebM)/,
      );
      expect(done.video_url).toBeNull();
      // No output of the attacker's video was kept (the render stops before anything is stored).
      expect(existsSync(path.join(inject("storageDir"), "teams", attacker.teamId, "videos", id))).toBe(false);
    }
  }, 180_000);
});
