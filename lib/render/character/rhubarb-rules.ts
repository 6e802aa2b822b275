import type { Viseme } from "./types";

// Ported from Rhubarb Lip Sync by Daniel S. Wolf (MIT licence, https://github.com/DanielSWolf/rhubarb-lip-sync),
// rhubarb/src/animation/animationRules.cpp: which mouth shapes may show each phone, how shapes relax, how
// close two shapes are, and which in-between shape a transition needs. Times are centiseconds.

// A phone's shapes relative to its own start; a plosive's occlusion starts before it (negative start).
export type RelativeShapeSet = { start: number; end: number; shapes: readonly Viseme[] };

const ANY: readonly Viseme[] = ["A", "B", "C", "D", "E", "F", "G", "H", "X"];
const ANY_OPEN: readonly Viseme[] = ["B", "C", "D", "E", "F", "G", "H"];

export const VOWELS = new Set([
  "ao",
  "aa",
  "iy",
  "uw",
  "eh",
  "ih",
  "uh",
  "ah",
  "ax",
  "ae",
  "ey",
  "ay",
  "ow",
  "aw",
  "oy",
  "er",
  "axr",
  "ix",
]);

// Shape sets for one phone (getShapeSets). `previous` is the duration of what came before it.
export function shapeSetsFor(phone: string, duration: number, previous: number): RelativeShapeSet[] {
  const single = (shapes: readonly Viseme[]) => [{ start: 0, end: duration, shapes }];
  const diphthong = (first: readonly Viseme[], second: readonly Viseme[]) => {
    const split = Math.floor(duration * 0.6);
    return [
      { start: 0, end: split, shapes: first },
      { start: split, end: duration, shapes: second },
    ];
  };
  const plosive = (first: readonly Viseme[], second: readonly Viseme[]) => {
    const occlusion = Math.min(12, Math.max(4, Math.floor(previous / 2)));
    return [
      { start: -occlusion, end: 0, shapes: first },
      { start: 0, end: duration, shapes: second },
    ];
  };
  switch (phone) {
    case "ao":
      return single(["E"]);
    case "aa":
      return single(["D"]);
    case "iy":
    case "ih":
    case "ix":
      return single(["B"]);
    case "uw":
    case "uh":
    case "ow":
    case "w":
      return single(["F"]);
    case "eh":
    case "ae":
      return single(["C"]);
    case "ah":
      return duration < 20 ? single(["C"]) : single(["D"]);
    case "ax":
      return single(["B", "C"]);
    case "ey":
      return diphthong(["C"], ["B"]);
    case "ay":
      return duration < 20 ? diphthong(["C"], ["B"]) : diphthong(["D"], ["B"]);
    case "aw":
      return duration < 30 ? diphthong(["C"], ["E"]) : diphthong(["D"], ["E"]);
    case "oy":
      return diphthong(["E"], ["B"]);
    case "er":
    case "axr":
      return duration < 7 ? single(["B", "C"]) : single(["E"]);
    case "p":
    case "b":
      return plosive(["A"], ANY);
    case "t":
    case "d":
    case "dx":
      return plosive(["B", "F"], ANY_OPEN);
    case "k":
    case "g":
      return plosive(["B", "C", "E", "F", "H"], ANY_OPEN);
    case "f":
    case "v":
      return single(["G"]);
    case "ch":
    case "jh":
    case "th":
    case "dh":
    case "s":
    case "z":
    case "sh":
    case "zh":
      return single(["B", "F"]);
    case "hh":
      return single(ANY);
    case "m":
    case "em":
      return single(["A"]);
    case "n":
    case "en":
      return single(["B", "C", "F", "H"]);
    case "ng":
      return single(["B", "C", "E", "F"]);
    case "l":
    case "el":
      return duration < 20 ? single(["B", "E", "F", "H"]) : single(["H"]);
    case "r":
      return single(["B", "E", "F"]);
    case "y":
      return single(["B", "C", "F"]);
    // Phones Rhubarb does not know (other languages' symbols) get a neutral, slightly open mouth.
    default:
      return single(["B", "C"]);
  }
}

const BASIC: Record<Viseme, Viseme> = { A: "A", B: "B", C: "C", D: "D", E: "E", F: "F", G: "B", H: "C", X: "A" };
const RELAXED: Record<Viseme, Viseme> = { A: "A", B: "B", C: "B", D: "C", E: "C", F: "B", G: "X", H: "B", X: "X" };

export const basicShape = (s: Viseme): Viseme => BASIC[s];
export const relax = (s: Viseme): Viseme => RELAXED[s];

// For each shape, all shapes in ascending order of effort needed to move to them.
const EFFORT: Record<Viseme, readonly Viseme[]> = {
  A: ["A", "X", "G", "B", "C", "H", "E", "D", "F"],
  B: ["B", "G", "A", "X", "C", "H", "E", "D", "F"],
  C: ["C", "H", "B", "G", "D", "A", "X", "E", "F"],
  D: ["D", "C", "H", "B", "G", "A", "X", "E", "F"],
  E: ["E", "C", "H", "B", "G", "A", "X", "D", "F"],
  F: ["F", "B", "G", "A", "X", "C", "H", "E", "D"],
  G: ["G", "B", "C", "H", "A", "X", "E", "D", "F"],
  H: ["H", "C", "B", "G", "D", "A", "X", "E", "F"],
  X: ["X", "A", "G", "B", "C", "H", "E", "D", "F"],
};

export function closestShape(reference: Viseme, shapes: readonly Viseme[]): Viseme {
  return EFFORT[reference].find((s) => shapes.includes(s)) ?? "X";
}

export type TweenTiming = "early" | "centered" | "late";

// Mostly one-way on purpose: a mouth pops open without in-betweens, then closes slowly.
const TWEENS: Record<string, [Viseme, TweenTiming]> = {
  DA: ["C", "early"],
  DB: ["C", "centered"],
  DG: ["C", "early"],
  DX: ["C", "late"],
  CF: ["E", "centered"],
  FC: ["E", "centered"],
  DF: ["E", "centered"],
  HF: ["E", "late"],
  FH: ["E", "early"],
};

export function tweenFor(first: Viseme, second: Viseme): [Viseme, TweenTiming] | undefined {
  return TWEENS[first + second];
}
