import { isIPv4, isIPv6 } from "node:net";

export type AddressClass =
  "public" | "private" | "loopback" | "link-local" | "cgnat" | "unique-local" | "unspecified" | "multicast" | "reserved" | "invalid";

type Range = [base: number, bits: number, kind: AddressClass];

const v4 = (a: number, b: number, c: number, d: number) => ((a << 24) | (b << 16) | (c << 8) | d) >>> 0;

// IPv4 ranges that are not the public internet (RFC 6890 and friends).
const ipv4Ranges: Range[] = [
  [v4(0, 0, 0, 0), 8, "unspecified"],
  [v4(10, 0, 0, 0), 8, "private"],
  [v4(100, 64, 0, 0), 10, "cgnat"],
  [v4(127, 0, 0, 0), 8, "loopback"],
  [v4(169, 254, 0, 0), 16, "link-local"],
  [v4(172, 16, 0, 0), 12, "private"],
  [v4(192, 0, 0, 0), 24, "reserved"],
  [v4(192, 0, 2, 0), 24, "reserved"],
  [v4(192, 88, 99, 0), 24, "reserved"],
  [v4(192, 168, 0, 0), 16, "private"],
  [v4(198, 18, 0, 0), 15, "reserved"],
  [v4(198, 51, 100, 0), 24, "reserved"],
  [v4(203, 0, 113, 0), 24, "reserved"],
  [v4(224, 0, 0, 0), 4, "multicast"],
  [v4(240, 0, 0, 0), 4, "reserved"],
];

function ipv4Value(ip: string): number {
  const [a = 0, b = 0, c = 0, d = 0] = ip.split(".").map(Number);
  return v4(a, b, c, d);
}

function classifyIpv4(value: number): AddressClass {
  for (const [base, bits, kind] of ipv4Ranges) {
    const mask = bits === 0 ? 0 : (~0 << (32 - bits)) >>> 0;
    if ((value & mask) >>> 0 === base) return kind;
  }
  return "public";
}

// Sixteen bytes of an IPv6 address, including forms with an embedded dotted quad (::ffff:10.0.0.1).
function ipv6Bytes(ip: string): number[] {
  let text = ip.split("%")[0]!;
  const dotted = text.match(/(\d+\.\d+\.\d+\.\d+)$/);
  if (dotted) {
    const value = ipv4Value(dotted[1]!);
    text = text.slice(0, -dotted[1]!.length) + `${(value >>> 16).toString(16)}:${(value & 0xffff).toString(16)}`;
  }
  const [head = "", tail] = text.split("::");
  const left = head ? head.split(":") : [];
  const right = tail ? tail.split(":") : [];
  const groups = [...left, ...Array(8 - left.length - right.length).fill("0"), ...right];
  return groups.flatMap((g) => {
    const n = parseInt(g || "0", 16);
    return [n >> 8, n & 0xff];
  });
}

const startsWith = (bytes: number[], prefix: number[], bits: number) => {
  for (let i = 0; i < bits; i++) {
    const bit = (b: number[]) => ((b[i >> 3] ?? 0) >> (7 - (i & 7))) & 1;
    if (bit(bytes) !== bit(prefix)) return false;
  }
  return true;
};

const embeddedV4 = (bytes: number[], at: number) =>
  ((bytes[at]! << 24) | (bytes[at + 1]! << 16) | (bytes[at + 2]! << 8) | bytes[at + 3]!) >>> 0;

function classifyIpv6(bytes: number[]): AddressClass {
  const zeros = (n: number) => bytes.slice(0, n).every((b) => b === 0);
  if (zeros(16)) return "unspecified";
  if (zeros(15) && bytes[15] === 1) return "loopback";
  // IPv4-mapped (::ffff:a.b.c.d) and the old IPv4-compatible form (::a.b.c.d) reach the IPv4 address.
  if (zeros(10) && bytes[10] === 0xff && bytes[11] === 0xff) return classifyIpv4(embeddedV4(bytes, 12));
  if (zeros(12)) return classifyIpv4(embeddedV4(bytes, 12));
  // NAT64 (64:ff9b::/96) reaches the embedded IPv4 address; its local-use twin (64:ff9b:1::/48) is private.
  if (startsWith(bytes, [0, 0x64, 0xff, 0x9b, 0, 0, 0, 0, 0, 0, 0, 0], 96)) return classifyIpv4(embeddedV4(bytes, 12));
  if (startsWith(bytes, [0, 0x64, 0xff, 0x9b, 0, 1], 48)) return "private";
  // 6to4 (2002::/16) carries an IPv4 address in bytes 2..5.
  if (startsWith(bytes, [0x20, 0x02], 16)) return classifyIpv4(embeddedV4(bytes, 2));
  if (startsWith(bytes, [0xfc], 7)) return "unique-local";
  if (startsWith(bytes, [0xfe, 0x80], 10)) return "link-local";
  if (startsWith(bytes, [0xfe, 0xc0], 10)) return "private";
  if (startsWith(bytes, [0xff], 8)) return "multicast";
  // Discard-only (100::/64), Teredo (2001::/32), documentation (2001:db8::/32), ORCHID and benchmarking.
  if (startsWith(bytes, [0x01, 0, 0, 0, 0, 0, 0, 0], 64)) return "reserved";
  if (startsWith(bytes, [0x20, 0x01, 0, 0], 32)) return "reserved";
  if (startsWith(bytes, [0x20, 0x01, 0x0d, 0xb8], 32)) return "reserved";
  if (startsWith(bytes, [0x20, 0x01, 0x00, 0x10], 28)) return "reserved";
  if (startsWith(bytes, [0x20, 0x01, 0x00, 0x02, 0, 0], 48)) return "reserved";
  // Only global unicast (2000::/3) is the public internet.
  return startsWith(bytes, [0x20], 3) ? "public" : "reserved";
}

// Which kind of network an IP address belongs to; only "public" may be fetched without an allow-list entry.
export function addressClass(ip: string): AddressClass {
  const bare = ip.replace(/^\[|\]$/g, "");
  if (isIPv4(bare)) return classifyIpv4(ipv4Value(bare));
  if (isIPv6(bare)) return classifyIpv6(ipv6Bytes(bare));
  return "invalid";
}
