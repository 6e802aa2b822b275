import "server-only";
import { writeFile } from "node:fs/promises";
import { ownFileInput, runFfmpeg, type RunOptions } from "@/lib/render/ffmpeg";
import { audioArgs } from "./encoder-args";

// An ffconcat list of local files; a single quote inside '...' is written as '\''.
function concatList(files: string[]): string {
  return `ffconcat version 1.0\n${files.map((f) => `file '${f.replace(/'/g, "'\\''")}'\n`).join("")}`;
}

/** Writes an ffconcat list of `files` to `list`; pass the list to ownFileInput (ffmpeg's concat demuxer). */
export async function writeSegmentList(files: string[], list: string): Promise<string> {
  await writeFile(list, concatList(files));
  return list;
}

/** Joins the scenes' WAV files (same format) into one, by stream copy. */
export async function joinAudio(wavs: string[], out: string, opts: RunOptions = {}): Promise<void> {
  const list = await writeSegmentList(wavs, `${out}.ffconcat`);
  await runFfmpeg([...ownFileInput(list), "-c", "copy", "-y", out], opts);
}

// An MP4 starts with its index, so a player can begin before the whole file is in (a WebM needs no option).
const faststart = (out: string) => (out.endsWith(".mp4") ? ["-movflags", "+faststart"] : []);

/**
 * Joins video-only segments without re-encoding (concat demuxer, stream copy) and encodes the whole
 * voice track once (AAC-LC 48 kHz 128k; Opus when `out` is a .webm), so encoder priming happens once and
 * audio cannot drift per segment.
 */
export async function assemble(segments: string[], audioWav: string, out: string, opts: RunOptions = {}): Promise<void> {
  if (segments.length === 0) throw new Error("assemble needs at least one segment");
  const list = await writeSegmentList(segments, `${out}.ffconcat`);
  await runFfmpeg(
    [
      ...ownFileInput(list),
      ...ownFileInput(audioWav),
      "-map",
      "0:v:0",
      "-map",
      "1:a:0",
      "-c:v",
      "copy",
      ...audioArgs(out),
      ...faststart(out),
      "-y",
      out,
    ],
    opts,
  );
}

/** A scene's voice padded with silence or cut to exactly `seconds`, as 48 kHz mono PCM for joining. */
export async function padVoice(wav: string, seconds: number, out: string, opts: RunOptions = {}): Promise<void> {
  await runFfmpeg(
    [...ownFileInput(wav), "-af", "apad", "-t", String(seconds), "-ar", "48000", "-ac", "1", "-c:a", "pcm_s16le", "-y", out],
    opts,
  );
}

/** The same, encoded as the video's one audio track (a one-scene video): AAC into .m4a, Opus into .opus. */
export async function encodeVoice(wav: string, seconds: number, out: string, opts: RunOptions = {}): Promise<void> {
  await runFfmpeg([...ownFileInput(wav), "-af", "apad", "-t", String(seconds), ...audioArgs(out), "-ac", "1", "-y", out], opts);
}

/** A video-only segment plus an encoded audio track into one file (an MP4 that starts with its index, or a WebM), both by copying. */
export async function remux(video: string, audio: string, out: string, opts: RunOptions = {}): Promise<void> {
  await runFfmpeg(
    [...ownFileInput(video), ...ownFileInput(audio), "-map", "0:v:0", "-map", "1:a:0", "-c", "copy", ...faststart(out), "-y", out],
    opts,
  );
}
