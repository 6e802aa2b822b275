// Where to go after logging in: only a path on this site ("/team/keys"), never another origin
// ("//evil.example", "https://evil.example", "/\\evil.example"). Absolute URLs on `origin` become paths.
export function safeNext(value: unknown, origin?: string): string | null {
  if (typeof value !== "string" || value.length === 0 || value.length > 2000) return null;
  let path = value;
  if (origin && value.startsWith(`${origin}/`)) path = value.slice(origin.length);
  if (!path.startsWith("/") || path.startsWith("//") || path.startsWith("/\\")) return null;
  // Control characters and backslashes can make browsers read a path as a host.
  if (/[\u0000-\u001f\\]/.test(path)) return null;
  // Coming back to the auth pages themselves makes no sense after logging in.
  if (/^\/(login|signup)(\/|\?|$)/.test(path)) return null;
  return path;
}

export function firstParam(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}
