import "server-only";
import { writeFile } from "node:fs/promises";
import { SAMPLE_RATE } from "./types";

// The 44-byte header of a 48 kHz 16-bit mono WAV file holding `samples` samples.
export function wavHeader(samples: number): Buffer {
  const header = Buffer.alloc(44);
  header.write("RIFF", 0, "ascii");
  header.writeUInt32LE(36 + samples * 2, 4);
  header.write("WAVEfmt ", 8, "ascii");
  header.writeUInt32LE(16, 16);
  header.writeUInt16LE(1, 20); // PCM
  header.writeUInt16LE(1, 22); // mono
  header.writeUInt32LE(SAMPLE_RATE, 24);
  header.writeUInt32LE(SAMPLE_RATE * 2, 28);
  header.writeUInt16LE(2, 32);
  header.writeUInt16LE(16, 34);
  header.write("data", 36, "ascii");
  header.writeUInt32LE(samples * 2, 40);
  return header;
}

// Writes 16-bit mono PCM as a WAV file, padded with silence or cut to exactly `samples` samples.
export async function writeWav(path: string, pcm: Int16Array, samples: number): Promise<Int16Array> {
  const body = new Int16Array(samples);
  body.set(pcm.length > samples ? pcm.subarray(0, samples) : pcm);
  await writeFile(path, Buffer.concat([wavHeader(samples), Buffer.from(body.buffer, body.byteOffset, body.byteLength)]));
  return body;
}
