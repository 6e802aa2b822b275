import { open } from "node:fs/promises";
import { FeatureMeter, type AudioFeatures } from "./audio-features";

const CHUNK = 1 << 20;

// The spectral features of a 16-bit mono WAV file (a voice track: up to an hour, so it is read in 1 MB
// pieces, never whole). Walks the RIFF chunks to the data like readWav.
export async function wavFeatures(wavPath: string): Promise<AudioFeatures> {
  const file = await open(wavPath, "r");
  try {
    const head = Buffer.alloc(4096);
    const { bytesRead } = await file.read(head, 0, head.length, 0);
    if (bytesRead < 12 || head.toString("ascii", 0, 4) !== "RIFF" || head.toString("ascii", 8, 12) !== "WAVE")
      throw new Error("not a WAV file");
    let sampleRate = 0;
    let bits = 0;
    let channels = 0;
    let at = 12;
    for (; at + 8 <= bytesRead;) {
      const id = head.toString("ascii", at, at + 4);
      const size = head.readUInt32LE(at + 4);
      if (id === "fmt ") {
        channels = head.readUInt16LE(at + 10);
        sampleRate = head.readUInt32LE(at + 12);
        bits = head.readUInt16LE(at + 22);
      }
      if (id === "data") break;
      at += 8 + size + (size % 2);
    }
    if (at + 8 > bytesRead || bits !== 16 || channels !== 1 || sampleRate < 8000) throw new Error("not a 16-bit mono WAV file");
    const meter = new FeatureMeter(sampleRate);
    const dataEnd = at + 8 + head.readUInt32LE(at + 4);
    const buffer = Buffer.alloc(CHUNK);
    for (let position = at + 8; position < dataEnd;) {
      const { bytesRead: n } = await file.read(buffer, 0, Math.min(CHUNK, dataEnd - position), position);
      if (n < 2) break;
      const pcm = new Int16Array(Math.floor(n / 2));
      Buffer.from(pcm.buffer).set(buffer.subarray(0, pcm.length * 2));
      meter.push(pcm);
      position += pcm.length * 2;
    }
    return meter.result();
  } finally {
    await file.close();
  }
}
