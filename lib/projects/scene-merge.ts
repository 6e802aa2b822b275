import { dequal } from "dequal";

// Last-write-wins per field of a scene draft, shared by the editor (which paths an edit changed) and the
// server (which of them are newer than what is stored). Pure, so both sides agree on what a "field" is.
//
// A field path is a part and one of its keys ("voice.input_text", "character.offset"). The character may
// also be absent (no presenter); "character" alone is that presence field.

export type ScenePart = "character" | "voice" | "background";
type Obj = Record<string, unknown>;
export type SceneParts = { character: Obj | null; voice: Obj; background: Obj };
/** ms since epoch of each field path's last accepted write. */
export type FieldTimes = Record<string, number>;

const FIELD_PATH = /^(character(\.\w{1,64})?|(voice|background)\.\w{1,64})$/;
export const isFieldPath = (path: string) => FIELD_PATH.test(path);
const partOf = (path: string) => path.split(".")[0] as ScenePart;

/** The field paths an edit of one part changes, from its value before to its value after. */
export function changedPaths(part: ScenePart, before: Obj | null, after: Obj | null): string[] {
  if ((before === null) !== (after === null)) return [part, ...Object.keys(after ?? {}).map((k) => `${part}.${k}`)];
  const keys = new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})]);
  return [...keys].filter((k) => !dequal(before?.[k], after?.[k])).map((k) => `${part}.${k}`);
}

/** Copies one field path's value from `source` into `target` (a key absent from the source is removed). */
export function copyPath<T extends SceneParts>(target: T, source: SceneParts, path: string): T {
  const [part, key] = path.split(".") as [ScenePart, string | undefined];
  if (key === undefined) return { ...target, [part]: source[part] };
  const into = target[part];
  if (into === null) return target;
  const { [key]: _dropped, ...rest } = into;
  return { ...target, [part]: key in (source[part] ?? {}) ? { ...rest, [key]: source[part]![key] } : rest };
}

/**
 * Applies an edit made at `at` to the stored parts: each changed path is written only when the edit is at
 * least as new as that path's last accepted write, otherwise it is `stale`. A key edit of a character that
 * is stored as absent is stale too: a teammate removed the presenter, and there is nothing to set it on.
 */
export function mergeScene(
  stored: SceneParts,
  times: FieldTimes,
  incoming: Partial<SceneParts>,
  changed: string[],
  at: number,
): { parts: SceneParts; times: FieldTimes; applied: string[]; stale: string[] } {
  let parts = stored;
  const next = { ...times };
  const applied: string[] = [];
  const stale: string[] = [];
  // Presence first, so a presenter added back in the same edit can take its keys.
  const ordered = [...new Set(changed)].sort((a, b) => Number(a.includes(".")) - Number(b.includes(".")));
  const source = { ...stored, ...incoming } as SceneParts;
  for (const path of ordered) {
    const part = partOf(path);
    if (!(part in incoming)) continue;
    const fresh = at >= (next[path] ?? 0) && (path === part || parts[part] !== null);
    if (fresh) {
      parts = copyPath(parts, source, path);
      next[path] = at;
      applied.push(path);
    } else stale.push(path);
  }
  return { parts, times: next, applied, stale };
}
