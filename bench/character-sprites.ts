// Figures for the character renderer (printed, not asserted; no database needed):
//   node --import tsx bench/character-sprites.ts
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { presenterSprites } from "../lib/render/character/presenter-sprites";
import { spriteSchedule } from "../lib/render/character/sprite-schedule";
import type { Phone, PresenterStyle } from "../lib/render/character/types";
import { visemeTimeline } from "../lib/render/character/viseme-timeline";

const cache = mkdtempSync(path.join(tmpdir(), "bench-sprites-"));

async function timed<T>(work: () => Promise<T>): Promise<{ value: T; wall: number; cpu: number }> {
  const cpu = process.cpuUsage();
  const t = performance.now();
  const value = await work();
  const used = process.cpuUsage(cpu);
  return { value, wall: performance.now() - t, cpu: (used.user + used.system) / 1000 };
}

try {
  for (const [width, height] of [
    [1280, 720],
    [1920, 1080],
  ] as const) {
    for (const style of ["normal", "closeUp", "circle"] as PresenterStyle[]) {
      const options = { width, height, style, circleColor: "#e8eef6" };
      const cold = await timed(() => presenterSprites("avs_presenter_maya", options, cache));
      const warm = await timed(() => presenterSprites("avs_presenter_maya", options, cache));
      console.log(
        `sprites ${`${width}x${height} ${style}`.padEnd(20)} 54 PNGs: ${(cold.wall / 1000).toFixed(2)} s wall, ` +
          `${(cold.cpu / 1000).toFixed(2)} s CPU (main thread + pool); cached ${warm.wall.toFixed(1)} ms`,
      );
    }
  }
  // One minute of speech: 600 phones of 100 ms with a pause every 20.
  const phones: Phone[] = Array.from({ length: 600 }, (_, i) => ({
    phone: i % 20 === 19 ? "sil" : (["m", "uw", "v", "aa", "t", "iy", "s", "ow", "l", "eh"][i % 10] ?? "ah"),
    start: i * 0.1,
    end: (i + 1) * 0.1,
  }));
  const cues = await timed(async () => visemeTimeline(phones, 60));
  console.log(`visemeTimeline, 60 s of phones: ${cues.wall.toFixed(1)} ms, ${cues.value.length} cues`);
  const sprites = await presenterSprites("avs_presenter_maya", { width: 1280, height: 720, style: "normal" }, cache);
  const schedule = await timed(async () => spriteSchedule(cues.value, { duration: 60, fps: 25, seed: 1 }, sprites));
  console.log(`spriteSchedule, 60 s at 25 fps: ${schedule.wall.toFixed(1)} ms, ${schedule.value.split("\n").length} lines`);
} finally {
  rmSync(cache, { recursive: true, force: true });
}
