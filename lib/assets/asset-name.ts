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

// An asset's name: `?name=`, else the Content-Disposition filename (without any folder part), else generated.
export function assetName(query: string | undefined, disposition: string | null, fallback: string): string {
  const fromQuery = query?.trim();
  const fromHeader = dispositionFilename(disposition)?.split(/[\\/]/).pop()?.trim();
  const name = fromQuery || fromHeader || fallback;
  const field = fromQuery ? "name" : "Content-Disposition filename";
  if (name.length > MAX_NAME) throw Invalid.field(field, `must be at most ${MAX_NAME} characters`);
  if (/[\u0000-\u001f\u007f]/.test(name)) throw Invalid.field(field, "must not contain control characters");
  return name;
}
