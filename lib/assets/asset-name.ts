import { Invalid } from "@/lib/errors";

const MAX_NAME = 255;

// The filename a client put in Content-Disposition (RFC 6266): `filename*=UTF-8''...` wins over `filename=`.
export function dispositionFilename(header: string | null): string | null {
  if (!header) return null;
  const extended = header.match(/filename\*\s*=\s*([^']*)'[^']*'([^;]+)/i);
  if (extended?.[2]) {
    try {
      return decodeURIComponent(extended[2].trim());
    } catch {
      // A broken escape: fall back to the plain parameter.
    }
  }
  const plain = header.match(/filename\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^;]+))/i);
  const value = plain?.[1]?.replace(/\\(.)/g, "$1") ?? plain?.[2]?.trim();
  return value || null;
}

// The name a sender gave a file (a Content-Disposition or form part filename, a URL's last segment), and where
// it came from, for the message when it is unusable: `field` is named, `prefix` starts what is wrong with it.
export type SentName = { value: string | null; field: string; prefix?: string };

// An asset's name: `?name=`, else the sender's filename (without any folder part), else generated.
export function assetName(query: string | undefined, sent: SentName, fallback: string): string {
  const fromQuery = query?.trim();
  const fromSender = sent.value?.split(/[\\/]/).pop()?.trim();
  const name = fromQuery || fromSender || fallback;
  const [field, prefix] = fromQuery ? ["name", ""] : [sent.field, sent.prefix ?? ""];
  if (name.length > MAX_NAME) throw Invalid.field(field, `${prefix}must be at most ${MAX_NAME} characters`);
  if (/[\u0000-\u001f\u007f]/.test(name)) throw Invalid.field(field, `${prefix}must not contain control characters`);
  return name;
}
