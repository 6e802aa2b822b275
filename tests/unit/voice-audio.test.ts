import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { sceneAudio } from "@/lib/generation/local/media/scene-audio";
import { renderVoice } from "@/lib/render/voice/render-voice";
import { readWav } from "@/lib/render/voice/read-wav";
import { RenderFailure } from "@/lib/render/failure";
import { ffconcatPlaylist, hlsPlaylist } from "../support/playlists";

// The engines and ffmpeg share the CPU with other test files; give them room.
vi.setConfig({ testTimeout: 30_000 });

// Audio voices: a recording fetched through the guard (lib/generation/local), decoded by the engine,
// loudness-normalised and padded to whole frames; failures carry API failure codes. (Audio assets read
// from the team's storage are covered by tests/integration/render.test.ts, on the real database.)

const dir = mkdtempSync(path.join(tmpdir(), "voice-audio-"));
const quietMp3 = path.join(dir, "quiet.mp3");
const secretMp3 = path.join(dir, "secret.mp3");
const longMp3 = path.join(dir, "long.mp3");

let server: Server;
let base = "";
let connections = 0;
beforeAll(async () => {
  const ffmpeg = (...args: string[]) => execFileSync("ffmpeg", ["-hide_banner", "-loglevel", "error", ...args]);
  // 1.3 s of a quiet (-30 dBFS) 220 Hz tone.
  ffmpeg(
    ...["-f", "lavfi", "-i", "sine=frequency=220:duration=1.3", "-af", "volume=-27dB"],
    ...["-ac", "1", "-ar", "44100", "-b:a", "64k", quietMp3],
  );
  ffmpeg("-f", "lavfi", "-i", "sine=frequency=1000:duration=3", "-ac", "1", "-b:a", "64k", secretMp3);
  // Ten minutes and a second in about 600 KB: bytes do not bound how long audio lasts.
  ffmpeg("-f", "lavfi", "-i", "anullsrc=r=8000:cl=mono", "-t", "601", "-b:a", "8k", longMp3);
  // An HLS playlist and an ffconcat list naming a local file: a demuxer that follows them reads any file.
  const hls = hlsPlaylist(secretMp3);
  const ffconcat = ffconcatPlaylist(secretMp3);
  server = createServer((req, res) => {
    if (req.url === "/quiet.mp3") res.writeHead(200, { "content-type": "audio/mpeg" }).end(readFileSync(quietMp3));
    else if (req.url === "/long.mp3") res.writeHead(200, { "content-type": "audio/mpeg" }).end(readFileSync(longMp3));
    else if (req.url === "/voice.m3u8") res.writeHead(200, { "content-type": "audio/mpeg" }).end(hls);
    else if (req.url === "/voice.ffconcat") res.writeHead(200, { "content-type": "audio/mpeg" }).end(ffconcat);
    else if (req.url === "/garbage.mp3") res.writeHead(200, { "content-type": "audio/mpeg" }).end("this is not audio at all");
    else res.writeHead(404).end();
  });
  server.on("connection", () => connections++);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  rmSync(dir, { recursive: true, force: true });
});

const opts = (allowedHosts: string[] = [base]) => ({ workDir: mkdtempSync(path.join(dir, "w-")), fps: 25, teamId: "team_a", allowedHosts });
// What the scene job does for an audio voice: fetch the recording, then let the engine decode it.
async function audioTrack(voice: { type: "audio"; audio_url: string }, o: ReturnType<typeof opts>) {
  return renderVoice(voice, { ...o, audio: await sceneAudio(voice, 0, o) });
}
const failure = (p: Promise<unknown>) =>
  p.then(
    () => expect.fail("should have failed"),
    (e: unknown) => e as RenderFailure,
  );
const rms = (pcm: Int16Array) => Math.sqrt(pcm.reduce((s, v) => s + v * v, 0) / pcm.length) / 32768;

describe("audio voice", () => {
  it("downloads, decodes and normalises a recording to 48 kHz, padded to a whole frame", async () => {
    const track = await audioTrack({ type: "audio", audio_url: `http://${base}/quiet.mp3` }, opts());
    expect(track).toMatchObject({ kind: "audio", words: [], phones: [] });
    expect(track.duration).toBeCloseTo(1.32, 6); // 1.3 s (plus the MP3 encoder's padding) -> 33 frames
    const { pcm, sampleRate } = readWav(readFileSync(track.wavPath));
    expect(sampleRate).toBe(48_000);
    expect(pcm.length).toBe(Math.round(track.duration * 48_000));
    // -30 dBFS went up towards -16 LUFS: louder by several times.
    expect(rms(pcm)).toBeGreaterThan(0.08);
    expect(track.envelope.length).toBe(Math.ceil(pcm.length / 480));
    expect(track.envelope[50]).toBeGreaterThan(0.08);
  });

  it("answers a 404 with asset_unreachable, permanent", async () => {
    const error = await failure(audioTrack({ type: "audio", audio_url: `http://${base}/missing.mp3` }, opts()));
    expect(error).toBeInstanceOf(RenderFailure);
    expect(error).toMatchObject({ code: "asset_unreachable", permanent: true });
  });

  it("answers a file that is not audio with media_undecodable", async () => {
    const error = await failure(audioTrack({ type: "audio", audio_url: `http://${base}/garbage.mp3` }, opts()));
    expect(error).toMatchObject({ code: "media_undecodable", permanent: true });
  });

  it("refuses a playlist that names a local file, before any demuxer reads it", async () => {
    for (const name of ["voice.m3u8", "voice.ffconcat"]) {
      const error = await failure(audioTrack({ type: "audio", audio_url: `http://${base}/${name}` }, opts()));
      expect(error).toMatchObject({ code: "media_undecodable", permanent: true });
      expect(error.message).toMatch(/voice audio is text or an unsupported format.*MP3 or WAV/);
    }
  });

  it("stops decoding a linked recording past ten minutes, whatever its size in bytes", async () => {
    const error = await failure(audioTrack({ type: "audio", audio_url: `http://${base}/long.mp3` }, opts()));
    expect(error).toMatchObject({ code: "asset_too_large", permanent: true });
    expect(error.message).toMatch(/longer than 600 s/);
  });

  it("refuses a loopback URL that is not allowed, without connecting", async () => {
    const before = connections;
    const error = await failure(audioTrack({ type: "audio", audio_url: `http://${base}/quiet.mp3` }, opts([])));
    expect(error).toMatchObject({ code: "asset_unreachable", permanent: true });
    expect(connections - before).toBe(0);
  });
});
