// npm run avatars:sheet [out.png]: a 1920x1080 contact sheet of every built-in presenter mid-sentence (mouth
// open, in its idle poses), to judge the gallery at a glance. Prints the PNG's path.
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { renderAsync } from "@resvg/resvg-js";
import { listAvatars } from "@/lib/catalog";
import { artForAvatar } from "@/lib/render/character/art/art-for-avatar";
import { presenterSvg } from "@/lib/render/character/art/presenter-svg";
import { layerGeometry } from "@/lib/render/character/layer-geometry";
import type { Viseme } from "@/lib/render/character/types";

const WIDTH = 1920;
const HEIGHT = 1080;
const COLUMNS = 4;
const GAP = 16;
const LABEL = 48;
const BACKDROPS = ["#e8eef6", "#f3ede6", "#e9f1ec", "#f1ebf3"];
// Mid-sentence: open vowels and a rounded one, so every mouth set shows its teeth, tongue and lips.
const MOUTHS: readonly Viseme[] = ["C", "D", "E", "C"];
const FONT = path.resolve("node_modules/geist/dist/fonts/geist-sans/Geist-SemiBold.ttf");

const escape = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;");

async function main(): Promise<void> {
  const out = path.resolve(process.argv[2] ?? "data/avatars-sheet.png");
  const avatars = listAvatars();
  const rows = Math.ceil(avatars.length / COLUMNS);
  const cellW = (WIDTH - GAP * (COLUMNS + 1)) / COLUMNS;
  const cellH = (HEIGHT - GAP * (rows + 1)) / rows;
  const picture = { width: cellW, height: cellH - LABEL, style: "closeUp" as const };
  const g = layerGeometry(picture);
  const cells = avatars.map((avatar, i) => {
    const x = GAP + (i % COLUMNS) * (cellW + GAP);
    const y = GAP + Math.floor(i / COLUMNS) * (cellH + GAP);
    const key = { pose: i % 3, eyes: "open" as const, mouth: MOUTHS[i % MOUTHS.length]! };
    const person = presenterSvg(artForAvatar(avatar.avatar_id), key);
    return (
      `<clipPath id="cell-${i}"><rect x="${x}" y="${y}" width="${cellW}" height="${cellH - LABEL}" rx="18"/></clipPath>` +
      `<rect x="${x}" y="${y}" width="${cellW}" height="${cellH}" rx="18" fill="#ffffff"/>` +
      `<rect x="${x}" y="${y}" width="${cellW}" height="${cellH - LABEL}" rx="18" fill="${BACKDROPS[i % BACKDROPS.length]}"/>` +
      `<g clip-path="url(#cell-${i})"><g transform="matrix(${g.scale} 0 0 ${g.scale} ${x + g.x} ${y + g.y})">${person}</g></g>` +
      `<text x="${x + 20}" y="${y + cellH - 16}" font-family="Geist" font-size="24" fill="#1f2933">${escape(avatar.avatar_name)}</text>` +
      `<text x="${x + cellW - 20}" y="${y + cellH - 16}" text-anchor="end" font-family="Geist" font-size="16" fill="#6b7785">` +
      `${escape(avatar.avatar_id)}</text>`
    );
  });
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${HEIGHT}"><rect width="100%" height="100%" fill="#d5dce5"/>${cells.join("")}</svg>`;
  const png = (await renderAsync(svg, { font: { loadSystemFonts: false, fontFiles: [FONT], defaultFontFamily: "Geist" } })).asPng();
  await mkdir(path.dirname(out), { recursive: true });
  await writeFile(out, png);
  console.log(out);
}

await main();
