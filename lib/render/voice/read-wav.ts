// The 16-bit mono PCM and sample rate of a WAV file an engine wrote (walks the chunks: a writer may
// put LIST or fact chunks before the data).
export function readWav(file: Buffer): { pcm: Int16Array; sampleRate: number } {
  if (file.toString("ascii", 0, 4) !== "RIFF" || file.toString("ascii", 8, 12) !== "WAVE") throw new Error("not a WAV file");
  let sampleRate = 0;
  for (let at = 12; at + 8 <= file.length;) {
    const id = file.toString("ascii", at, at + 4);
    const size = file.readUInt32LE(at + 4);
    if (id === "fmt ") sampleRate = file.readUInt32LE(at + 12);
    if (id === "data") {
      const bytes = file.subarray(at + 8, Math.min(file.length, at + 8 + size));
      const pcm = new Int16Array(Math.floor(bytes.length / 2));
      Buffer.from(pcm.buffer).set(bytes.subarray(0, pcm.length * 2));
      return { pcm, sampleRate };
    }
    at += 8 + size + (size % 2);
  }
  throw new Error("WAV file without a data chunk");
}
