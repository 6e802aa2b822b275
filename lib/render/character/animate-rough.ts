import { basicShape, closestShape, relax, VOWELS } from "./rhubarb-rules";
import { paint, shapeRuns } from "./shape-runs";
import type { ShapeRule } from "./shape-rule-track";
import type { Viseme } from "./types";

// Ported from Rhubarb Lip Sync (MIT, Daniel S. Wolf), roughAnimation.cpp: walk forwards choosing from each
// rule the shape closest to the last (relaxed) one; at a single-shape vowel, walk back up to 20 cs so the
// mouth anticipates the vowel.
export function animateRough(rules: readonly ShapeRule[]): Viseme[] {
  const out: Viseme[] = rules.map(() => "X");
  const segments = shapeRuns(rules, (a, b) => a.id === b.id);
  let reference: Viseme = "X";
  let lastAnticipatedStart = -1;
  segments.forEach((segment, i) => {
    const rule = segment.value;
    const shape = closestShape(reference, rule.shapes);
    paint(out, segment.start, segment.end, shape);
    const anticipate = rule.phone !== null && VOWELS.has(rule.phone) && rule.shapes.length === 1;
    if (anticipate) {
      reference = shape;
      for (const before of segments.slice(0, i).reverse()) {
        if (before.start === lastAnticipatedStart) break;
        if (segment.start - before.start > 20) break;
        const anticipating = closestShape(reference, before.value.shapes);
        paint(out, before.start, before.end, anticipating);
        if (basicShape(anticipating) !== basicShape(shape)) break;
        reference = anticipating;
      }
      lastAnticipatedStart = segment.start;
    }
    reference = anticipate ? shape : relax(shape);
  });
  return out;
}
