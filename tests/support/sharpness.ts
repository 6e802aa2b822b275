/**
 * Sharpness as the variance of the Laplacian of a picture's grey values, over the box [x0, x1) x [y0, y1)
 * (kept a pixel inside the picture), every `step` pixels: higher is sharper.
 */
export function laplacianVariance(
  grey: (x: number, y: number) => number,
  box: { x0: number; y0: number; x1: number; y1: number },
  step = 1,
): number {
  const values: number[] = [];
  for (let y = box.y0; y < box.y1; y += step)
    for (let x = box.x0; x < box.x1; x += step)
      values.push(4 * grey(x, y) - grey(x - 1, y) - grey(x + 1, y) - grey(x, y - 1) - grey(x, y + 1));
  const mean = values.reduce((a, b) => a + b, 0) / values.length;
  return values.reduce((a, b) => a + (b - mean) ** 2, 0) / values.length;
}
