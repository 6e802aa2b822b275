import { promisify } from "node:util";
import { constants, deflateRaw } from "node:zlib";

const deflateRawAsync = promisify(deflateRaw);
const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const ADLER_BASE = 65521;
const LEVEL = 4;

// CRC-32 as PNG needs it (zlib.crc32 only exists from Node 20.15; we support 20.9).
const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(data: Uint8Array, crc = 0): number {
  let c = ~crc >>> 0;
  for (const byte of data) c = (CRC_TABLE[(c ^ byte) & 0xff] ?? 0) ^ (c >>> 8);
  return ~c >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, "latin1");
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(data, crc32(head.subarray(4))) >>> 0, 0);
  return Buffer.concat([head, data, crc]);
}

function adler32(data: Buffer): number {
  let [a, b] = [1, 0];
  // 5552 bytes is the most that can be summed before the sums must be reduced (zlib's NMAX).
  for (let i = 0; i < data.length;) {
    const end = Math.min(data.length, i + 5552);
    for (; i < end; i++) {
      a += data[i] ?? 0;
      b += a;
    }
    a %= ADLER_BASE;
    b %= ADLER_BASE;
  }
  return ((b << 16) | a) >>> 0;
}

// zlib's adler32_combine: the checksum of A+B from those of A and B and B's length.
function adler32Combine(first: number, second: number, secondLength: number): number {
  const rem = secondLength % ADLER_BASE;
  let sum1 = first & 0xffff;
  let sum2 = (rem * sum1) % ADLER_BASE;
  sum1 += (second & 0xffff) + ADLER_BASE - 1;
  sum2 += (first >>> 16) + (second >>> 16) + ADLER_BASE - rem;
  sum1 %= ADLER_BASE;
  sum2 %= ADLER_BASE;
  return ((sum2 << 16) | sum1) >>> 0;
}

// PNG scanlines (filter byte 0, straight alpha) of rows [from, to) of premultiplied RGBA pixels, written
// into `raw` for the columns [left, right) only.
function scanlines(pixels: Uint8Array, width: number, from: number, to: number, raw: Buffer, left = 0, right = width): Buffer {
  const stride = width * 4;
  for (let y = from; y < to; y++) {
    const src = y * stride;
    const dst = (y - from) * (stride + 1) + 1;
    for (let x = left * 4; x < right * 4; x += 4) {
      const a = pixels[src + x + 3] ?? 0;
      raw[dst + x + 3] = a;
      for (let c = 0; c < 3; c++) {
        const v = pixels[src + x + c] ?? 0;
        raw[dst + x + c] = a === 255 || a === 0 ? v : Math.min(255, Math.round((v * 255) / a));
      }
    }
  }
  return raw;
}

const rowsBuffer = (width: number, rows: number) => Buffer.alloc(rows * (width * 4 + 1));

export type SplicedPngEncoder = { encode(band: Uint8Array, left?: number, right?: number): Promise<Buffer> };

// RGBA PNGs of frames that differ from `base` only in rows [from, to). The rows above and below are
// compressed once, as deflate pieces that end on a full flush; each frame then compresses only its
// band and the pieces are joined into one zlib stream (checksums combined as zlib does). With the face
// about a fifth of the frame, each sprite costs a fifth of a full encode. `level`: zlib's (photos, which
// compress poorly anyway, use a fast one).
export async function splicedPngEncoder(
  base: Uint8Array,
  width: number,
  height: number,
  from: number,
  to: number,
  level = LEVEL,
): Promise<SplicedPngEncoder> {
  const top = scanlines(base, width, 0, from, rowsBuffer(width, from));
  const middle = scanlines(base, width, from, to, rowsBuffer(width, to - from));
  const bottom = scanlines(base, width, to, height, rowsBuffer(width, height - to));
  const [topZ, bottomZ] = await Promise.all([
    deflateRawAsync(top, { level, finishFlush: constants.Z_FULL_FLUSH }),
    deflateRawAsync(bottom, { level }),
  ]);
  const [topAdler, bottomAdler] = [adler32(top), adler32(bottom)];
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.set([8, 6, 0, 0, 0], 8);
  const head = Buffer.concat([SIGNATURE, chunk("IHDR", ihdr)]);
  const end = chunk("IEND", Buffer.alloc(0));
  return {
    async encode(pixels, left = 0, right = width) {
      const band = scanlines(pixels, width, 0, to - from, Buffer.from(middle), left, right);
      const bandZ = await deflateRawAsync(band, { level, finishFlush: constants.Z_FULL_FLUSH });
      const adler = adler32Combine(adler32Combine(topAdler, adler32(band), band.length), bottomAdler, bottom.length);
      const trailer = Buffer.alloc(4);
      trailer.writeUInt32BE(adler, 0);
      // 0x78 0x01: a zlib header for a 32 KiB window (any deflate level may follow).
      const idat = Buffer.concat([Buffer.from([0x78, 0x01]), topZ, bandZ, bottomZ, trailer]);
      return Buffer.concat([head, chunk("IDAT", idat), end]);
    },
  };
}
