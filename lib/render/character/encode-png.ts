import { promisify } from "node:util";
import { crc32, deflate } from "node:zlib";

const deflateAsync = promisify(deflate);
const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

function chunk(type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, "latin1");
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(data, crc32(head.subarray(4))) >>> 0, 0);
  return Buffer.concat([head, data, crc]);
}

// RGBA PNG from premultiplied RGBA pixels (what resvg renders): rows are un-premultiplied, left
// unfiltered (flat art with large transparent areas deflates well as is) and deflated on the thread pool.
export async function encodePng(premultiplied: Uint8Array, width: number, height: number): Promise<Buffer> {
  const stride = width * 4;
  const raw = Buffer.alloc(height * (stride + 1));
  for (let y = 0; y < height; y++) {
    const from = y * stride;
    const to = y * (stride + 1) + 1;
    for (let x = 0; x < stride; x += 4) {
      const a = premultiplied[from + x + 3] ?? 0;
      if (a === 0) continue;
      const o = to + x;
      raw[o + 3] = a;
      for (let c = 0; c < 3; c++) {
        const v = premultiplied[from + x + c] ?? 0;
        raw[o + c] = a === 255 ? v : Math.min(255, Math.round((v * 255) / a));
      }
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.set([8, 6, 0, 0, 0], 8);
  const idat = await deflateAsync(raw, { level: 4 });
  return Buffer.concat([SIGNATURE, chunk("IHDR", ihdr), chunk("IDAT", idat), chunk("IEND", Buffer.alloc(0))]);
}
